// The embedded default: a SQLite file in the repository's data/ folder (created on first use).
// A relative DATA_DIR resolves against the repository root, as the web app and collab server do.
import path from "node:path";
import { prismaDir } from "./providers.ts";

export const repoRoot = path.resolve(prismaDir, "..");

export function defaultDatabaseUrl(): string {
  const dataDir = path.resolve(repoRoot, process.env.DATA_DIR ?? "data");
  return `file:${path.join(dataDir, "corridor.db")}`;
}
