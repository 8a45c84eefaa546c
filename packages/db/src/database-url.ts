// One parser for the DATABASE_URL forms the product accepts, so every caller agrees on the provider.
import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; filePath: string; url: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * `postgres://…` / `postgresql://…` → PostgreSQL; `file:<path>` → SQLite (relative paths resolve
 * against `baseDir`, the process's working directory by default). Anything else is refused.
 */
export function parseDatabaseUrl(url: string, baseDir: string = process.cwd()): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const raw = url.slice("file:".length).replace(/^\/\//, "");
    if (raw.length === 0) throw new DatabaseUrlError("DATABASE_URL file: URL has no path");
    const filePath = path.resolve(baseDir, raw);
    return { provider: "sqlite", filePath, url: `file:${filePath}` };
  }
  throw new DatabaseUrlError(
    `Unsupported DATABASE_URL scheme in "${url.replace(/\/\/[^@]*@/, "//***@")}": use file:<path> for SQLite or postgresql://… for PostgreSQL`,
  );
}
