// The database providers the product supports and where each one's generated artefacts live.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const prismaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const datamodelPath = path.join(prismaDir, "datamodel.prisma");
export const schemaPathFor = (provider: Provider) => path.join(prismaDir, "generated", provider, "schema.prisma");
export const migrationsDirFor = (provider: Provider) => path.join(prismaDir, "migrations", provider);
/** Generated clients go into packages/db so the db package owns them (and they are git-ignored). */
export const clientOutputFor = (provider: Provider) =>
  path.join(prismaDir, "..", "packages", "db", "src", "generated", provider);
