// Secrets for the embedded mode. One master secret lives in <data dir>/collab-secret (0600,
// created on first start, shared with the collab server, which signs socket tokens with it); the
// session-signing secret is derived from it with HMAC so the two uses never share a key.
import { createHmac } from "node:crypto";
import { loadOrCreateSecret } from "@corridor/collab-token";

export function deriveSecret(master: string, purpose: string): string {
  return createHmac("sha256", master).update(`corridor-board/${purpose}`).digest("base64url");
}

export function embeddedAuthSecret(dataDir: string): string {
  return deriveSecret(loadOrCreateSecret(dataDir), "better-auth-session");
}
