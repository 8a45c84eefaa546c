// The server's configuration: validated once, then injected. Nothing here reads the environment.
import { z } from "zod";

export const collabConfigSchema = z.object({
  host: z.string().default("127.0.0.1"),
  port: z.number().int().min(0).max(65535).default(1234),
  /** Origins a browser may connect from; a request without an Origin header (non-browser client) still needs a token. */
  allowedOrigins: z.array(z.string().url()).default(["http://localhost:3000", "http://127.0.0.1:3000"]),
  tokenSecret: z.string().min(32),
  limits: z
    .object({
      maxMessageBytes: z.number().int().positive().default(1024 * 1024),
      messageBurst: z.number().int().positive().default(400),
      messagesPerSecond: z.number().positive().default(200),
      connectionsPerIpPerMinute: z.number().int().positive().default(600),
      maxRooms: z.number().int().positive().default(2000),
      maxAwarenessClientsPerConnection: z.number().int().positive().default(8),
      maxBufferedBytes: z.number().int().positive().default(16 * 1024 * 1024),
    })
    .prefault({}),
  /** Awareness changes are coalesced per room and sent once per tick. */
  awarenessFlushMs: z.number().int().min(0).default(50),
  /** Unchanged-state renewals sent per tick at most; the rest wait for the next ticks. */
  awarenessRenewalsPerTick: z.number().int().positive().default(64),
  /** A room without connections and without pending writes is unloaded after this delay. */
  unloadDelayMs: z.number().int().min(0).default(10_000),
  compaction: z
    .object({
      everyUpdates: z.number().int().positive().default(500),
      idleMs: z.number().int().positive().default(15_000),
    })
    .prefault({}),
  /** Largest number of queued updates written in one database round trip. */
  appendBatchMax: z.number().int().positive().default(256),
  appendRetryMaxMs: z.number().int().positive().default(5_000),
  pingIntervalMs: z.number().int().positive().default(30_000),
  shutdownTimeoutMs: z.number().int().positive().default(10_000),
});

export type CollabConfig = z.infer<typeof collabConfigSchema>;
export type CollabConfigInput = z.input<typeof collabConfigSchema>;

export function parseCollabConfig(input: CollabConfigInput): CollabConfig {
  return collabConfigSchema.parse(input);
}
