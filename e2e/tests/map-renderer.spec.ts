// The map's two renderers. The default build (the one every other spec runs against) has no
// mapbox-gl code in its client chunks, no Mapbox host in its CSP and draws with MapLibre. A second
// build with a (fake) Mapbox public token, written beside it into apps/web/.next-mapbox and started
// on its own port over the same database, allows Mapbox's hosts in its CSP, loads mapbox-gl's chunk
// on the board and asks Mapbox for its style. Mapbox cannot be reached from here (no internet, and
// the token is fake), so the board must say so and fall back to the built-in map with every overlay.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { collabUrl, e2ePort, inheritedEnv } from "./env";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
const webDir = path.join(repoRoot, "apps/web");
const dataDir = path.resolve(here, "../.data");
const BOARD = "/b/kazakhstan-china-eu?e2e=1";
const MAPBOX_DIST = ".next-mapbox";
const FAKE_TOKEN = "pk.e2e-offline-fake-token";
const mapboxPort = e2ePort + 10;

/** Strings only mapbox-gl itself (and react-map-gl's Mapbox entry) contain; MapLibre has none of them. */
const MAPBOX_SIGNATURES = ["api.mapbox.com", "__mapboxImport", "mapboxAccessToken"];

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFilesUnder(full);
    return full.endsWith(".js") ? [full] : [];
  });
}

function signaturesIn(text: string): string[] {
  return MAPBOX_SIGNATURES.filter((signature) => text.includes(signature));
}

/** Runs a command to completion; rejects with its last output on failure. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

test.describe("default build: MapLibre only", () => {
  test("no mapbox-gl code in the client chunks (and the scan finds it in mapbox-gl itself)", () => {
    // Guards the guard: the signatures are really in the library this scan must not find.
    const requireFromWeb = createRequire(path.join(webDir, "package.json"));
    const mapboxDist = readFileSync(requireFromWeb.resolve("mapbox-gl"), "utf8");
    expect(signaturesIn(mapboxDist)).toContain("api.mapbox.com");

    const files = jsFilesUnder(path.join(webDir, ".next/static"));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => signaturesIn(readFileSync(file, "utf8")).map((s) => `${s} in ${path.basename(file)}`));
    expect(found).toEqual([]);
  });

  test("the CSP names no Mapbox host and the board's map is MapLibre", async ({ page }) => {
    const response = await page.goto(BOARD);
    expect(response?.headers()["content-security-policy"]).not.toContain("mapbox");
    await expect(page.locator('[data-testid="board-map"][data-renderer="maplibre"][data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("map-notice")).toHaveCount(0);
  });
});

test.describe("build with a Mapbox token", () => {
  let server: ChildProcess | undefined;
  const base = `http://127.0.0.1:${mapboxPort}`;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    // Always a fresh build of the current sources (a stale one would test old code).
    const buildEnv = {
      ...inheritedEnv,
      NEXT_DIST_DIR: MAPBOX_DIST,
      NEXT_PUBLIC_MAPBOX_TOKEN: FAKE_TOKEN,
      COLLAB_PUBLIC_URL: collabUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    };
    await run("pnpm", ["--filter", "@corridor/web", "build"], buildEnv);
    server = spawn("pnpm", ["--filter", "@corridor/web", "exec", "next", "start", "--port", String(mapboxPort), "--hostname", "127.0.0.1"], {
      cwd: repoRoot,
      env: {
        ...buildEnv,
        DATABASE_URL: `file:${path.join(dataDir, "corridor.db")}`,
        DATA_DIR: dataDir,
        PUBLIC_URL: base,
      },
      stdio: "ignore",
      detached: true,
    });
    await waitForHttp(`${base}/api/trpc/health.ping`, 120_000);
  });

  test.afterAll(() => {
    // The server runs in its own process group (pnpm → next): end the group.
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  test("allows Mapbox's hosts in the CSP, loads mapbox-gl, and falls back to the built-in map with a notice when Mapbox is unreachable", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const requests: string[] = [];
    const mapboxChunks: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("response", async (response) => {
      if (!/\/_next\/static\/chunks\/.+\.js$/.test(response.url())) return;
      const body = await response.text().catch(() => "");
      if (signaturesIn(body).includes("api.mapbox.com")) mapboxChunks.push(response.url());
    });

    const response = await page.goto(`${base}${BOARD}`);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("https://api.mapbox.com");
    expect(csp).toContain("https://events.mapbox.com");
    expect(csp).toContain("https://*.tiles.mapbox.com");

    // mapbox-gl asked Mapbox for the light style with the configured token; that cannot succeed here.
    await expect.poll(() => requests.some((url) => url.startsWith("https://api.mapbox.com/styles/v1/mapbox/light-v11")), { timeout: 60_000 }).toBe(true);
    expect(requests.find((url) => url.startsWith("https://api.mapbox.com/"))).toContain(`access_token=${FAKE_TOKEN}`);
    expect(mapboxChunks.length).toBeGreaterThan(0);

    // A visible notice says why, and the built-in map shows every overlay instead.
    const notice = page.getByTestId("map-notice");
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toContainText("The Mapbox basemap could not load");
    await expect(page.locator('[data-testid="board-map"][data-renderer="maplibre"][data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
    const corridors = await page.evaluate(() => {
      const map = (window as unknown as { __corridorMap?: { queryRenderedFeatures(options: { layers: string[] }): { properties: { corridorId?: string } }[] } })
        .__corridorMap;
      return [...new Set((map?.queryRenderedFeatures({ layers: ["corridor-land", "corridor-sea"] }) ?? []).map((f) => f.properties.corridorId))];
    });
    expect(corridors.length).toBeGreaterThan(1);
  });
});
