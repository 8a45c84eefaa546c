// Invitation and briefing links are `<id>.<secret>`: the id finds the row, the 256-bit secret
// proves possession. Only a SHA-256 hash of the secret is stored, so a database leak reveals no
// usable link; comparison is constant-time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export interface LinkToken {
  id: string;
  secret: string;
}

export function newLinkToken(): LinkToken & { token: string; secretHash: string } {
  const id = randomBytes(9).toString("base64url");
  const secret = randomBytes(32).toString("base64url");
  return { id, secret, token: `${id}.${secret}`, secretHash: hashLinkSecret(secret) };
}

export function hashLinkSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

export function parseLinkToken(token: string): LinkToken | null {
  const match = /^([A-Za-z0-9_-]{8,32})\.([A-Za-z0-9_-]{32,64})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  return { id: match[1], secret: match[2] };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashLinkSecret(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
