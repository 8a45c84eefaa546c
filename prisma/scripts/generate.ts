// Writes prisma/generated/<provider>/schema.prisma for every provider and runs `prisma generate`
// on each. The CLI's native schema engine cannot be downloaded here; generate does not need it,
// so PRISMA_SCHEMA_ENGINE_BINARY points at /bin/false to make any accidental use fail loudly.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, clientOutputFor, datamodelPath, prismaDir, schemaPathFor } from "./providers.ts";
import { schemaFor } from "./schema-text.ts";

const datamodel = readFileSync(datamodelPath, "utf8");
const prismaBin = path.join(prismaDir, "node_modules", ".bin", "prisma");

for (const provider of PROVIDERS) {
  const schemaPath = schemaPathFor(provider);
  mkdirSync(path.dirname(schemaPath), { recursive: true });
  const output = path.relative(path.dirname(schemaPath), clientOutputFor(provider));
  writeFileSync(schemaPath, schemaFor(provider, datamodel, output));
  execFileSync(prismaBin, ["generate", "--schema", schemaPath], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
