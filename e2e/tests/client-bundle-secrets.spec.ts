// No secret may reach the browser: every file of the built client (apps/web/.next/static) is read
// and searched for the secrets this run's server uses, for env assignments with values, and for
// private key material. No browser needed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { embeddedAuthSecret } from "@corridor/auth";

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, "../../apps/web/.next/static");
const dataDir = path.resolve(here, "../.data");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("the client bundle holds no secret, no secret-bearing env value and no private key", () => {
  const collabSecret = readFileSync(path.join(dataDir, "collab-secret"), "utf8").trim();
  const authSecret = embeddedAuthSecret(dataDir);
  expect(collabSecret.length).toBeGreaterThanOrEqual(32);
  expect(authSecret.length).toBeGreaterThanOrEqual(32);

  const literals = [
    { name: "collab secret", value: collabSecret },
    { name: "derived auth secret", value: authSecret },
    { name: "e2e database path", value: path.join(dataDir, "corridor.db") },
  ];
  const patterns = [
    { name: "BETTER_AUTH_SECRET with a value", re: /BETTER_AUTH_SECRET["']?\s*[:=]\s*["'`][^"'`\s]{8,}/ },
    { name: "COLLAB_TOKEN_SECRET with a value", re: /COLLAB_TOKEN_SECRET["']?\s*[:=]\s*["'`][^"'`\s]{8,}/ },
    { name: "DATABASE_URL with a value", re: /DATABASE_URL["']?\s*[:=]\s*["'`](file:|postgres)/i },
    { name: "database connection string", re: /postgres(ql)?:\/\/[^\s"'`]+@/i },
    { name: "private key", re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  ];

  const files = filesUnder(staticDir);
  const textFiles = files.filter((file) => /\.(js|mjs|css|json|map|txt|html)$/.test(file));
  const jsFiles = textFiles.filter((file) => file.endsWith(".js"));
  expect(jsFiles.length).toBeGreaterThan(0);

  const findings: string[] = [];
  let bytes = 0;
  for (const file of textFiles) {
    const text = readFileSync(file, "utf8");
    bytes += text.length;
    for (const { name, value } of literals) if (text.includes(value)) findings.push(`${name} in ${path.relative(staticDir, file)}`);
    for (const { name, re } of patterns) if (re.test(text)) findings.push(`${name} in ${path.relative(staticDir, file)}`);
  }
  expect(bytes).toBeGreaterThan(100_000);
  expect(findings).toEqual([]);
});

test("the scan would notice a leaked secret", () => {
  // Guards the guard: the same check on a string that holds the secret must fire.
  const secret = readFileSync(path.join(dataDir, "collab-secret"), "utf8").trim();
  const leaked = `var a="${secret}";`;
  expect(leaked.includes(secret)).toBe(true);
  expect(/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test("-----BEGIN RSA PRIVATE KEY-----")).toBe(true);
});
