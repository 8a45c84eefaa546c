import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collabSecretPath, loadOrCreateSecret } from "./secret.ts";

describe("loadOrCreateSecret", () => {
  it("creates a 0600 secret once and returns the same value afterwards", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "collab-secret-")), "nested");
    const first = loadOrCreateSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(collabSecretPath(dir)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(dir)).toBe(first);
    expect(readFileSync(collabSecretPath(dir), "utf8").trim()).toBe(first);
  });

  it("refuses a file holding a short secret", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "collab-secret-"));
    writeFileSync(collabSecretPath(dir), "short\n");
    expect(() => loadOrCreateSecret(dir)).toThrow(/shorter/);
  });
});
