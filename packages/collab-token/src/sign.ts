// Issues a short-lived collab token (HS256).
import { SignJWT } from "jose";
import { COLLAB_TOKEN_AUDIENCE, COLLAB_TOKEN_ISSUER, collabClaimsSchema, type CollabClaims } from "./claims.ts";
import { secretKey } from "./key.ts";

export interface SignCollabTokenOptions {
  secret: string;
  claims: CollabClaims;
  /** Lifetime in seconds (default 10 minutes). Negative values produce an already-expired token (tests). */
  ttlSeconds?: number;
  /** Issue time in seconds since the epoch (default: now). */
  nowSeconds?: number;
}

export async function signCollabToken(options: SignCollabTokenOptions): Promise<string> {
  const claims = collabClaimsSchema.parse(options.claims);
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const ttl = options.ttlSeconds ?? 600;
  return new SignJWT({ name: claims.displayName, board: claims.boardId, role: claims.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(COLLAB_TOKEN_ISSUER)
    .setAudience(COLLAB_TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(secretKey(options.secret));
}
