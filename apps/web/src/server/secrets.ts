// The two server secrets: the session-signing secret (Better Auth) and the collab token secret.
// Given explicitly (BETTER_AUTH_SECRET, COLLAB_TOKEN_SECRET) or, in the embedded mode, derived from
// the master secret in <DATA_DIR>/collab-secret, which the collab server shares.
import "server-only";
import { embeddedAuthSecret } from "@corridor/auth";
import { loadOrCreateSecret } from "@corridor/collab-token";
import { dataDir, explicitSecrets } from "~/env";

export class MissingSecretError extends Error {
  override name = "MissingSecretError";
}

function requireForProduction(name: string): never {
  throw new MissingSecretError(
    `${name} is required in production on PostgreSQL (at least 32 random characters, e.g. \`openssl rand -base64 48\`). ` +
      "The embedded mode derives it from DATA_DIR/collab-secret, which a PostgreSQL deployment does not share between servers.",
  );
}

export function authSecret(): string {
  if (explicitSecrets.betterAuthSecret) return explicitSecrets.betterAuthSecret;
  if (explicitSecrets.requireExplicit) requireForProduction("BETTER_AUTH_SECRET");
  return embeddedAuthSecret(dataDir);
}

export function collabTokenSecret(): string {
  if (explicitSecrets.collabTokenSecret) return explicitSecrets.collabTokenSecret;
  if (explicitSecrets.requireExplicit) requireForProduction("COLLAB_TOKEN_SECRET");
  return loadOrCreateSecret(dataDir);
}
