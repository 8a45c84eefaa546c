// Verifies a collab token for one board; failures are typed so the server can pick a close code.
import type { KeyObject } from "node:crypto";
import { errors, jwtVerify } from "jose";
import { z } from "zod";
import { COLLAB_TOKEN_AUDIENCE, COLLAB_TOKEN_ISSUER, collabRoleSchema, type VerifiedCollabClaims } from "./claims.ts";
import { secretKey } from "./key.ts";

/** `missing`, `malformed`, `bad-signature`, `expired`, `invalid-claims`: unauthenticated. `wrong-board`: forbidden. */
export type CollabTokenFailure = "missing" | "malformed" | "bad-signature" | "expired" | "invalid-claims" | "wrong-board";

export type VerifyCollabTokenResult =
  | { ok: true; claims: VerifiedCollabClaims }
  | { ok: false; reason: CollabTokenFailure };

export interface VerifyCollabTokenOptions {
  /** The shared secret, or a key from `secretKeyObject(secret)` to skip importing it on every call. */
  secret: string | KeyObject;
  token: string | null | undefined;
  boardId: string;
  /** Clock for tests (seconds since the epoch). */
  nowSeconds?: number;
}

const payloadSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  board: z.string().min(1).max(200),
  role: collabRoleSchema,
  exp: z.number().int(),
});

const MAX_TOKEN_LENGTH = 4096;

export async function verifyCollabToken(options: VerifyCollabTokenOptions): Promise<VerifyCollabTokenResult> {
  const { token } = options;
  if (token === null || token === undefined || token.length === 0) return { ok: false, reason: "missing" };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  let payload: unknown;
  try {
    const key = typeof options.secret === "string" ? secretKey(options.secret) : options.secret;
    const verified = await jwtVerify(token, key, {
      algorithms: ["HS256"],
      audience: COLLAB_TOKEN_AUDIENCE,
      issuer: COLLAB_TOKEN_ISSUER,
      requiredClaims: ["exp", "sub"],
      ...(options.nowSeconds === undefined ? {} : { currentDate: new Date(options.nowSeconds * 1000) }),
    });
    payload = verified.payload;
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: "invalid-claims" };
  const claims: VerifiedCollabClaims = {
    userId: parsed.data.sub,
    displayName: parsed.data.name,
    boardId: parsed.data.board,
    role: parsed.data.role,
    expiresAt: parsed.data.exp,
  };
  if (claims.boardId !== options.boardId) return { ok: false, reason: "wrong-board" };
  return { ok: true, claims };
}

function failureOf(error: unknown): CollabTokenFailure {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "bad-signature";
  if (error instanceof errors.JWTClaimValidationFailed) return "invalid-claims";
  return "malformed";
}
