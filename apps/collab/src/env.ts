// The only place that reads process.env: validates it and turns it into the server's settings.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const optionalInt = z.coerce.number().int().positive().optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(1234),
  COLLAB_HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  COLLAB_ALLOWED_ORIGINS: z.string().default("http://localhost:3000,http://127.0.0.1:3000"),
  COLLAB_TOKEN_SECRET: z.string().min(32, "COLLAB_TOKEN_SECRET must be at least 32 characters").optional(),
  COLLAB_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  COLLAB_MAX_MESSAGE_BYTES: optionalInt,
  COLLAB_MESSAGE_BURST: optionalInt,
  COLLAB_MESSAGES_PER_SECOND: optionalInt,
  COLLAB_CONNECTIONS_PER_IP_PER_MINUTE: optionalInt,
  COLLAB_MAX_ROOMS: optionalInt,
  COLLAB_AWARENESS_FLUSH_MS: z.coerce.number().int().min(0).optional(),
  COLLAB_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).optional(),
  COLLAB_COMPACT_EVERY: optionalInt,
  COLLAB_SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
});

export interface CollabEnv {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  allowedOrigins: string[];
  tokenSecret: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error";
  sqliteSynchronous: "NORMAL" | "FULL";
  limits: {
    maxMessageBytes?: number;
    messageBurst?: number;
    messagesPerSecond?: number;
    connectionsPerIpPerMinute?: number;
    maxRooms?: number;
  };
  awarenessFlushMs?: number;
  unloadDelayMs?: number;
  compactEvery?: number;
}

/** `<repo>/data`, resolved from this file's location (apps/collab/src). */
export function defaultDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data");
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): CollabEnv {
  const env = envSchema.parse(source);
  const dataDir = path.resolve(env.DATA_DIR ?? defaultDataDir());
  return {
    port: env.PORT,
    host: env.COLLAB_HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL ?? `file:${path.join(dataDir, "corridor.db")}`,
    allowedOrigins: env.COLLAB_ALLOWED_ORIGINS.split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    tokenSecret: env.COLLAB_TOKEN_SECRET,
    logLevel: env.COLLAB_LOG_LEVEL,
    sqliteSynchronous: env.COLLAB_SQLITE_SYNCHRONOUS,
    limits: prune({
      maxMessageBytes: env.COLLAB_MAX_MESSAGE_BYTES,
      messageBurst: env.COLLAB_MESSAGE_BURST,
      messagesPerSecond: env.COLLAB_MESSAGES_PER_SECOND,
      connectionsPerIpPerMinute: env.COLLAB_CONNECTIONS_PER_IP_PER_MINUTE,
      maxRooms: env.COLLAB_MAX_ROOMS,
    }),
    ...prune({ awarenessFlushMs: env.COLLAB_AWARENESS_FLUSH_MS, unloadDelayMs: env.COLLAB_UNLOAD_DELAY_MS, compactEvery: env.COLLAB_COMPACT_EVERY }),
  };
}

function prune<T extends Record<string, number | undefined>>(values: T): { [K in keyof T]?: number } {
  const out: { [K in keyof T]?: number } = {};
  for (const key of Object.keys(values) as Array<keyof T>) {
    const value = values[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
