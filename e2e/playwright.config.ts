// Playwright smoke tests against the built web app (after documenso's
// packages/app-tests/playwright.config.ts). The root test script builds apps/web first; the
// webServer here migrates and seeds a fresh database of its own, then only starts the app on it.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.resolve(here, "../apps/web");
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The collab server. The web app's CSP (connect-src) is fixed when the app is built, from
// COLLAB_PUBLIC_URL (default ws://localhost:1234): the browser must use that same URL here.
const collabPort = Number(process.env.E2E_COLLAB_PORT ?? 1234);
const collabUrl = process.env.E2E_COLLAB_URL ?? `ws://localhost:${collabPort}`;

// One database for this run: E2E_DATABASE_URL when given, otherwise a fresh SQLite file in .data/
// (removed by the webServer command, which only the runner process executes, never the workers).
const dataDir = path.join(here, ".data");
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(dataDir, "corridor.db")}`;
const resetData = process.env.E2E_DATABASE_URL
  ? ""
  : `node -e "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })" ${JSON.stringify(dataDir)} && `;

// The demo account's session, written by tests/auth.setup.ts; every spec starts signed in as it
// unless it opts out with test.use({ storageState: { cookies: [], origins: [] } }).
const DEMO_STORAGE_STATE = path.join(dataDir, "demo-storage-state.json");

if (!existsSync(path.join(webDir, ".next", "BUILD_ID"))) {
  throw new Error("apps/web is not built: run `pnpm --filter @corridor/web build` (the root test script does) first.");
}

export default defineConfig({
  testDir: "./tests",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  // Generous: CI machines have 2 cores and software-rendered chromium.
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--enable-unsafe-swiftshader",
        "--use-angle=swiftshader",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], storageState: DEMO_STORAGE_STATE },
      dependencies: ["setup"],
    },
  ],
  webServer: [
    {
      // Fresh database, fact base, then the demo account and team (secrets derived in DATA_DIR).
      command: `${resetData}pnpm -w db:migrate && pnpm -w db:seed && pnpm --filter @corridor/auth seed:demo && pnpm --filter @corridor/web start`,
      cwd: here,
      url: `${baseURL}/api/trpc/health.ping`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        PUBLIC_URL: baseURL,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        COLLAB_PUBLIC_URL: collabUrl,
      },
    },
    {
      // The collab server on the same database and data folder (its token secret is derived there).
      command: "pnpm --filter @corridor/collab start",
      cwd: here,
      url: `http://127.0.0.1:${collabPort}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(collabPort), COLLAB_HOST: "127.0.0.1", COLLAB_ALLOWED_ORIGINS: baseURL },
    },
  ],
});
