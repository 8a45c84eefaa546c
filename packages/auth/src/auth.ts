// Accounts and sessions with Better Auth (email + password; passwords hashed with its scrypt KDF;
// sessions in httpOnly SameSite=Lax cookies that expire and can be revoked). Configuration is
// injected; nothing here reads the environment. Telemetry is off: nothing leaves the machine.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Database } from "@corridor/db";

export interface AuthConfig {
  database: Database;
  /** At least 32 characters; signs session cookies. */
  secret: string;
  /** The web app's public origin, e.g. http://localhost:3000. */
  baseURL: string;
  /** Origins allowed to call the auth endpoints (CSRF protection); the base origin is always allowed. */
  trustedOrigins?: string[];
  /** Secure cookies (HTTPS only). On for production deployments behind TLS. */
  secureCookies?: boolean;
  sessionMaxAgeSeconds?: number;
  rateLimit?: { signInPerMinute?: number; signUpPerMinute?: number; enabled?: boolean };
  /**
   * Trust X-Forwarded-For for the client address (only behind a proxy that sets it). Without a
   * proxy the client can set it, so it is ignored and the per-account limits
   * (withAccountAttemptLimits) carry the protection.
   */
  trustProxy?: boolean;
}

export const MIN_PASSWORD_LENGTH = 10;

export function createAuth(config: AuthConfig) {
  const rate = config.rateLimit ?? {};
  return betterAuth({
    appName: "Corridor Board",
    baseURL: config.baseURL,
    basePath: "/api/auth",
    secret: config.secret,
    trustedOrigins: [config.baseURL, ...(config.trustedOrigins ?? [])],
    database: prismaAdapter(config.database.client, { provider: config.database.target.provider }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      autoSignIn: true,
    },
    session: {
      expiresIn: config.sessionMaxAgeSeconds ?? 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      // Without a trusted client address Better Auth would put every client in one shared bucket;
      // then only the per-account limits (withAccountAttemptLimits) apply.
      enabled: (rate.enabled ?? true) && config.trustProxy !== false,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: rate.signInPerMinute ?? 5 },
        "/sign-up/email": { window: 60, max: rate.signUpPerMinute ?? 3 },
      },
    },
    advanced: {
      useSecureCookies: config.secureCookies ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: config.trustProxy === false ? [] : ["x-forwarded-for"] },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
