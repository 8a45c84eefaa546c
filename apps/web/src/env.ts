// The web app's configuration, validated once (after create-t3-turbo's apps/nextjs/src/env.ts).
// Nothing else in the app reads process.env; the lint rule in @corridor/eslint-config enforces it.
import { existsSync } from "node:fs";
import path from "node:path";
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** The repository root: the nearest folder above the working directory with pnpm-workspace.yaml. */
function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

/**
 * The embedded default: `file:<DATA_DIR or <repo root>/data>/corridor.db`, the same file
 * `pnpm db:migrate && pnpm db:seed` create. A relative DATA_DIR resolves against the repo root.
 */
function defaultDatabaseUrl(dataDir: string | undefined): string {
  const root = findRepoRoot(process.cwd());
  const dir = dataDir ? path.resolve(root, dataDir) : path.join(root, "data");
  return `file:${path.join(dir, "corridor.db")}`;
}

export const env = createEnv({
  server: {
    DATA_DIR: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/i, "use file:<path> for SQLite or postgresql://… for PostgreSQL")
      .optional(),
  },
  shared: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  },
  client: {},
  experimental__runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
  },
  emptyStringAsUndefined: true,
});

/** The database the server talks to: DATABASE_URL when set, the embedded SQLite file otherwise. */
export const databaseUrl: string = env.DATABASE_URL ?? defaultDatabaseUrl(env.DATA_DIR);
