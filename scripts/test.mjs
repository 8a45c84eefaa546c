// `npm test`: every check, in the order that fails fastest. Install, generate, lint, typecheck,
// unit and integration suites (SQLite and PostgreSQL), build, Playwright end-to-end in Debian
// chromium. Ends with one summary line "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { baseEnv, log, must, pnpmCommand, root, run } from "./lib.mjs";

const [pnpm, ...pnpmPrefix] = pnpmCommand();
const p = (...args) => [...pnpmPrefix, ...args];
Object.assign(process.env, baseEnv());
const resultsDir = path.join(root, "test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

log("Installing dependencies (frozen lockfile)");
await must(pnpm, p("install", "--frozen-lockfile"));
log("Generating Prisma clients");
await must(pnpm, p("db:generate"));
log("Lint and typecheck (every package)");
await must(pnpm, p("exec", "turbo", "run", "lint", "typecheck", "--concurrency=2", "--output-logs=errors-only"));

/** Workspace packages that have a `test` script, in dependency-friendly order. */
function packagesWithTests() {
  const dirs = ["packages", "prisma", "apps"].flatMap((top) => {
    const full = path.join(root, top);
    if (top === "prisma") return [full];
    return readdirSync(full, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(full, d.name));
  });
  return dirs.filter((dir) => {
    const manifest = path.join(dir, "package.json");
    if (!existsSync(manifest)) return false;
    return Boolean(JSON.parse(readFileSync(manifest, "utf8")).scripts?.test);
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

for (const dir of packagesWithTests()) {
  const name = path.relative(root, dir);
  const report = path.join(resultsDir, `vitest-${name.replace(/[\\/]/g, "-")}.json`);
  log(`Vitest: ${name}`);
  const code = await run(pnpm, p("exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`), { cwd: dir });
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  }
  if (code !== 0) failures.push(`vitest ${name}`);
}

log("Building the web app");
// The CSP's connect-src is fixed at build time: build for the collab server the Playwright run
// starts (E2E_COLLAB_URL, or localhost on E2E_COLLAB_PORT, default 1234), as e2e/playwright.config.ts does.
const e2eCollabUrl = process.env.E2E_COLLAB_URL ?? `ws://localhost:${process.env.E2E_COLLAB_PORT ?? 1234}`;
const buildCode = await run(pnpm, p("--filter", "@corridor/web", "build"), { env: { COLLAB_PUBLIC_URL: e2eCollabUrl } });
if (buildCode !== 0) failures.push("web build");

if (buildCode === 0 && existsSync(path.join(root, "e2e", "playwright.config.ts"))) {
  // The Playwright config migrates and seeds a fresh embedded database of its own, then starts the
  // built app on it (see e2e/playwright.config.ts).
  const report = path.join(resultsDir, "playwright.json");
  log("Playwright end-to-end (Debian chromium)");
  const code = await run(pnpm, p("--filter", "@corridor/e2e", "exec", "playwright", "test", "--reporter=list,json"), {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, "utf8")).stats ?? {};
    totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    totals.failed += stats.unexpected ?? 0;
    totals.skipped += stats.skipped ?? 0;
  }
  if (code !== 0) failures.push("playwright");
}

process.stdout.write("\n");
if (failures.length > 0) console.error(`Failed: ${failures.join(", ")}`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failures.length > 0 || totals.failed > 0 ? 1 : 0);
