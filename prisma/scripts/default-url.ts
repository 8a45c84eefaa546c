// The embedded default: a SQLite file in the repository's data/ folder (created on first use).
import path from "node:path";
import { prismaDir } from "./providers.ts";

export function defaultDatabaseUrl(): string {
  const dataDir = process.env.DATA_DIR ?? path.join(prismaDir, "..", "data");
  return `file:${path.join(path.resolve(dataDir), "corridor.db")}`;
}
