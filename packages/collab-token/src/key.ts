// HS256 key material from the shared secret string.
import { createSecretKey, type KeyObject } from "node:crypto";
export const MIN_SECRET_LENGTH = 32;

export class CollabSecretError extends Error {
  override name = "CollabSecretError";
}

export function secretKey(secret: string): Uint8Array {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new CollabSecretError(`collab token secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return new TextEncoder().encode(secret);
}

/** A key imported once, for verifiers that check many tokens (the collab server). */
export function secretKeyObject(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secretKey(secret)));
}
