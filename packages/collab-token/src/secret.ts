// Embedded mode: one secret shared by the web app and the collab server through a 0600 file in
// the data directory, generated on first start.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIN_SECRET_LENGTH, CollabSecretError } from "./key.ts";

export const COLLAB_SECRET_FILE = "collab-secret";

export function collabSecretPath(dataDir: string): string {
  return path.join(dataDir, COLLAB_SECRET_FILE);
}

/** Reads `<dataDir>/collab-secret`, creating it (mode 0600, exclusive create) when absent. */
export function loadOrCreateSecret(dataDir: string): string {
  const file = collabSecretPath(dataDir);
  const existing = readSecret(file);
  if (existing !== null) return existing;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process (the web app) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      const raced = readSecret(file);
      if (raced !== null) return raced;
    }
    throw error;
  }
  chmodSync(file, 0o600);
  return secret;
}

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new CollabSecretError(`${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters`);
  }
  return secret;
}
