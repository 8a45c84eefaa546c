// Prisma clients for either provider behind one type. Both generated clients come from the same
// datamodel (prisma/datamodel.prisma), so their model APIs are the same; TypeScript cannot prove
// it across two generated declaration trees, so the PostgreSQL client is typed as the SQLite one in
// this single place. The API integration suite runs on both databases to keep that claim honest.
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { createAdapterFactory } from "./adapter.ts";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url.ts";

export type DbClient = SqliteClient;

export interface Database {
  client: DbClient;
  target: DatabaseTarget;
}

export function createDatabase(url: string, baseDir?: string): Database {
  const target = parseDatabaseUrl(url, baseDir);
  const adapter = createAdapterFactory(target);
  if (target.provider === "sqlite") {
    return { client: new SqliteClient({ adapter }), target };
  }
  const client = new PostgresClient({ adapter }) as unknown as DbClient;
  return { client, target };
}
