// `pnpm --filter @corridor/auth seed:demo`: the demo account and team (embedded mode by default).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase } from "@corridor/db";
import { createAuth } from "../auth.ts";
import { DEMO_ACCOUNT, seedDemo, shouldSeedDemo } from "../demo.ts";
import { embeddedAuthSecret } from "../secrets.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const dataDir = path.resolve(repoRoot, process.env.DATA_DIR ?? "data");
const database = createDatabase(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "corridor.db")}`);

try {
  if (!shouldSeedDemo({ provider: database.target.provider, nodeEnv: process.env.NODE_ENV, seedDemo: process.env.SEED_DEMO })) {
    console.log("demo: not created (production on PostgreSQL; set SEED_DEMO=1 to create it)");
  } else {
    const auth = createAuth({
      database,
      secret: process.env.BETTER_AUTH_SECRET ?? embeddedAuthSecret(dataDir),
      baseURL: process.env.PUBLIC_URL ?? "http://localhost:3000",
    });
    const result = await seedDemo({ db: database.client, auth, boardId: "kazakhstan-china-eu" });
    console.log(
      `demo: ${result.createdUser ? "created" : "kept"} the demo account. Sign in at /sign-in with ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`,
    );
  }
} finally {
  await database.client.$disconnect();
}
