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

/** DATA_DIR resolved against the repository root, `<repo>/data` by default. */
function resolveDataDir(dataDir: string | undefined): string {
  const root = findRepoRoot(process.cwd());
  return dataDir ? path.resolve(root, dataDir) : path.join(root, "data");
}

const origin = z
  .string()
  .url()
  .transform((value) => new URL(value).origin);

const booleanString = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

export const env = createEnv({
  server: {
    DATA_DIR: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/i, "use file:<path> for SQLite or postgresql://… for PostgreSQL")
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The app's public origin, e.g. https://board.example.org. */
    PUBLIC_URL: origin.optional(),
    /** Comma-separated origins allowed to send mutations (CSRF check). */
    ALLOWED_ORIGINS: z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((item) => item.trim())
          .filter((item) => item.length > 0),
      )
      .pipe(z.array(origin).min(1, "ALLOWED_ORIGINS needs at least one origin"))
      .optional(),
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    COLLAB_PUBLIC_URL: z
      .string()
      .regex(/^wss?:\/\/[^/\s]+/i, "use ws://host:port or wss://host for COLLAB_PUBLIC_URL")
      .default("ws://localhost:1234"),
    COLLAB_TOKEN_SECRET: z.string().min(32, "COLLAB_TOKEN_SECRET must be at least 32 characters").optional(),
    SECURE_COOKIES: booleanString.optional(),
    /** Where `next build` writes and `next start` reads the build (default .next): lets a second build sit beside the first. */
    NEXT_DIST_DIR: z
      .string()
      .regex(/^\.next[A-Za-z0-9_-]*$/, "NEXT_DIST_DIR must be a folder name beginning with .next (e.g. .next-mapbox)")
      .optional(),
    /** Trust X-Forwarded-For for client addresses (only behind a proxy that sets it). */
    TRUST_PROXY: booleanString.optional(),
  },
  shared: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  },
  client: {
    /**
     * A Mapbox public token (pk.…): the board's map then uses mapbox-gl with a Mapbox basemap.
     * Unset (the default), the map is MapLibre with the built-in offline style. Read at build time
     * (it is inlined into the browser code and the CSP): set it when building.
     */
    NEXT_PUBLIC_MAPBOX_TOKEN: z
      .string()
      .regex(/^pk\.[A-Za-z0-9._-]+$/, "NEXT_PUBLIC_MAPBOX_TOKEN must be a Mapbox public token (pk.…); a secret token (sk.…) would reach every browser")
      .optional(),
    /** The Mapbox style for both themes (mapbox://styles/… or https://…); default light-v11 / dark-v11 by theme. */
    NEXT_PUBLIC_MAPBOX_STYLE: z
      .string()
      .regex(/^(mapbox:\/\/styles\/|https:\/\/)\S+$/, "use mapbox://styles/<owner>/<style> or an https:// style URL for NEXT_PUBLIC_MAPBOX_STYLE")
      .optional(),
  },
  experimental__runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    NEXT_PUBLIC_MAPBOX_TOKEN: process.env.NEXT_PUBLIC_MAPBOX_TOKEN,
    NEXT_PUBLIC_MAPBOX_STYLE: process.env.NEXT_PUBLIC_MAPBOX_STYLE,
  },
  emptyStringAsUndefined: true,
});

/** Where the embedded database and the generated secrets live. */
export const dataDir: string = resolveDataDir(env.DATA_DIR);

/** The database the server talks to: DATABASE_URL when set, the embedded SQLite file otherwise. */
export const databaseUrl: string = env.DATABASE_URL ?? `file:${path.join(dataDir, "corridor.db")}`;

/** The app's public origin: PUBLIC_URL, or http://localhost:<PORT>. */
export const publicUrl: string = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;

/** The localhost/127.0.0.1 twin of an origin, so both spellings of the embedded mode work. */
function loopbackTwin(value: string): string | null {
  const url = new URL(value);
  if (url.hostname === "localhost") url.hostname = "127.0.0.1";
  else if (url.hostname === "127.0.0.1") url.hostname = "localhost";
  else return null;
  return url.origin;
}

/** Origins allowed to send mutations: ALLOWED_ORIGINS, or the public origin and its loopback twin. */
export const allowedOrigins: readonly string[] =
  env.ALLOWED_ORIGINS ?? [publicUrl, loopbackTwin(publicUrl)].filter((value): value is string => value !== null);

/** Secure (HTTPS-only) cookies: SECURE_COOKIES, or on exactly when the public URL is https. */
export const secureCookies: boolean = env.SECURE_COOKIES ?? publicUrl.startsWith("https:");

export const collabPublicUrl: string = env.COLLAB_PUBLIC_URL;

/** Whether the board's map uses Mapbox (a token was set at build time): the CSP then allows its hosts. */
export const mapboxEnabled: boolean = env.NEXT_PUBLIC_MAPBOX_TOKEN !== undefined;

/** Off unless a proxy in front of the app sets X-Forwarded-For: a client could set it otherwise. */
export const trustProxy: boolean = env.TRUST_PROXY ?? false;

/**
 * Secrets given explicitly. In production on PostgreSQL both must be set (there is no shared data
 * folder to keep generated ones in); in the embedded mode the server derives them from
 * `<DATA_DIR>/collab-secret` (see ~/server/secrets.ts).
 */
export const explicitSecrets = {
  betterAuthSecret: env.BETTER_AUTH_SECRET,
  collabTokenSecret: env.COLLAB_TOKEN_SECRET,
  requireExplicit: env.NODE_ENV === "production" && /^postgres(ql)?:\/\//i.test(databaseUrl),
} as const;

/** The embedded default: SQLite in DATA_DIR (the start command seeds the demo account there). */
export const embeddedMode: boolean = databaseUrl.startsWith("file:");
