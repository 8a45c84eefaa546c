export { createDatabase, type Database, type DbClient } from "./client.ts";
export { getDatabase, closeDatabase } from "./singleton.ts";
export { parseDatabaseUrl, DatabaseUrlError, type DatabaseTarget } from "./database-url.ts";
export { createAdapterFactory, type AdapterFactory } from "./adapter.ts";
export { Prisma } from "./generated/sqlite/client.ts";
export { mergeDocLog, readBoardDocState, readDocLog, toDbBytes, type StoredDocLog } from "./doc-log.ts";
