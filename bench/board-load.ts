// Board-load benchmark: the built app in headless Debian chromium (WebGL on SwiftShader), signed in
// as the demo account, loading the board `/b/kazakhstan-china-eu` and, as the same-run baseline,
// the overview `/`. Each run is a fresh browser context (cold HTTP cache, warm server). Reports
// medians of first contentful paint, largest contentful paint, the map's first idle and all four
// charts rendered (the board's own performance marks), plus each route's first-load JS gzipped,
// computed from the build output. Targets: LCP ≤ 2.0 s; board first-load JS < 170 kB gzipped.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { numberArg } from "./lib/args.ts";
import { formatTable, median } from "./lib/stats.ts";
import { startProcess, stopProcess, waitForHttp } from "./lib/processes.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const webDir = path.join(root, "apps", "web");
const nextDir = path.join(webDir, ".next");
// `tsx board-load.ts [--quick] [--port=3211]`
const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 2 : 5;
const PORT = numberArg("port") ?? 3211;
const BOARD_ID = "kazakhstan-china-eu";
const DEMO = { email: "demo@corridor.local", password: "corridor-demo" };
const CHARTS = ["commitments", "timeline", "indicator", "corridors"] as const;
const TARGETS = { lcpMs: 2000, firstLoadJsKb: 170 };

// ---------------------------------------------------------------------------------------------
// First-load JS from the build output

interface RscManifest {
  entryJSFiles?: Record<string, string[]>;
}

/** The client reference manifest of an app route (`/b/[board]/(board)/page`: route groups are part of the name), as the build wrote it. */
function readRscManifest(route: string): RscManifest {
  const file = path.join(nextDir, "server", "app", `${route}_client-reference-manifest.js`);
  const sandbox: { __RSC_MANIFEST?: Record<string, RscManifest> } = {};
  vm.runInNewContext(readFileSync(file, "utf8"), { globalThis: sandbox });
  const manifest = sandbox.__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`No client reference manifest for ${route} in ${file}`);
  return manifest;
}

/**
 * The JS a first visit to a route loads before anything lazy: the root main files (framework,
 * runtime) and the entry chunks of every segment file (layout, page, error boundary) from the app
 * root down to the route. Lazy chunks (next/dynamic, import()) are not in it by construction.
 */
export function firstLoadFiles(route: string): string[] {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const manifest = readRscManifest(route);
  const segments = route.split("/").filter(Boolean).slice(0, -1); // "/b/[board]/page" → ["b", "[board]"]
  const dirs = segments.map((_, i) => `app/${segments.slice(0, i + 1).join("/")}`);
  const chain = ["app", ...dirs];
  const files = new Set(build.rootMainFiles ?? []);
  for (const [key, chunks] of Object.entries(manifest.entryJSFiles ?? {})) {
    const match = /\/src\/(app(?:\/.*)?)\/(layout|page|error|loading|not-found|template)$/.exec(key);
    const isAncestor = match ? chain.includes(match[1] ?? "") : key.includes("/builtin/global-error");
    if (isAncestor) for (const chunk of chunks) files.add(chunk);
  }
  return [...files].sort();
}

export function gzippedKb(files: readonly string[]): { kb: number; files: { file: string; kb: number }[] } {
  const sized = files.map((file) => {
    const raw = readFileSync(path.join(nextDir, file.replace(/^\/?_next\//, "")));
    return { file, kb: gzipSync(raw, { level: 9 }).length / 1024 };
  });
  return { kb: sized.reduce((sum, f) => sum + f.kb, 0), files: sized };
}

// ---------------------------------------------------------------------------------------------
// Timings in the browser

interface Sample {
  fcp: number;
  lcp: number;
  mapIdle: number | null;
  chartsRendered: number | null;
  /** JS fetched by the page in total (first load plus lazy map and chart chunks), kB over the wire. */
  jsTransferKb: number;
}

async function measure(browser: Browser, url: string, storageState: string, isBoard: boolean): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    // Paint timing needs a painted frame: wait for the first contentful paint entry.
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 60_000 });
    if (isBoard) {
      await page.waitForFunction(
        (charts) =>
          performance.getEntriesByName("board:map-idle").length > 0 &&
          charts.every((name) => performance.getEntriesByName(`board:chart:${name}`).length > 0),
        [...CHARTS],
        { timeout: 90_000 },
      );
    }
    // No named inner functions here: tsx's transform would wrap them in a helper the page lacks.
    return await page.evaluate(
      (charts) =>
        new Promise<Sample>((resolve) => {
          let lcp = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
          }).observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => {
            const chartMarks = charts.map((name) => performance.getEntriesByName(`board:chart:${name}`)[0]?.startTime ?? null);
            let jsBytes = 0;
            for (const entry of performance.getEntriesByType("resource")) {
              if (entry instanceof PerformanceResourceTiming && entry.initiatorType === "script") jsBytes += entry.transferSize;
            }
            resolve({
              fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
              lcp,
              mapIdle: performance.getEntriesByName("board:map-idle")[0]?.startTime ?? null,
              chartsRendered: chartMarks.every((m) => m !== null) ? Math.max(...chartMarks.map((m) => m ?? 0)) : null,
              jsTransferKb: jsBytes / 1024,
            });
          }, 250);
        }),
      [...CHARTS],
    );
  } finally {
    await context.close();
  }
}

async function signIn(base: string, file: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext();
    const response = await context.request.post(`${base}/api/auth/sign-in/email`, { headers: { origin: base }, data: DEMO });
    if (!response.ok()) throw new Error(`Sign-in as the demo account failed: ${response.status()} ${await response.text()}`);
    await context.storageState({ path: file });
  } finally {
    await browser.close();
  }
}

/** Runs a command to completion (output inherited), failing on a non-zero exit. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "ignore", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

const round = (value: number | null) => (value === null || Number.isNaN(value) ? Number.NaN : Math.round(value));

export async function runBoardLoadBench() {
  if (!existsSync(path.join(nextDir, "BUILD_ID"))) {
    throw new Error("The web app is not built: run `pnpm --filter @corridor/web build` (or `npm start` once) first");
  }
  const js = {
    overview: gzippedKb(firstLoadFiles("/page")),
    board: gzippedKb(firstLoadFiles("/b/[board]/(board)/page")),
  };

  // A database of its own: migrated, seeded, with the demo account (as the Playwright webServer does).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "corridor-board-bench-"));
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dataDir, "corridor.db")}`,
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log("board-load: preparing a database (migrate, seed, demo account)");
  await run("pnpm", ["-w", "db:migrate"], { cwd: root, env });
  await run("pnpm", ["-w", "db:seed"], { cwd: root, env });
  await run("pnpm", ["--filter", "@corridor/auth", "seed:demo"], { cwd: root, env });

  const web = startProcess("pnpm", ["--filter", "@corridor/web", "start", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    cwd: root,
    env,
  });
  const base = `http://127.0.0.1:${PORT}`;
  const urls = { overview: `${base}/`, board: `${base}/b/${BOARD_ID}` };
  const storageState = path.join(dataDir, "demo-storage-state.json");
  let browser: Browser | undefined;
  try {
    await waitForHttp(`${base}/api/trpc/health.ping`);
    await signIn(base, storageState);
    console.log("board-load: server up, signed in as the demo account");
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-background-networking", "--no-first-run"],
    });
    const launched = browser;
    const timed = async (label: string, url: string, isBoard: boolean) => {
      const sample = await measure(launched, url, storageState, isBoard);
      console.log(
        `board-load: ${label} FCP ${round(sample.fcp)} ms, LCP ${round(sample.lcp)} ms${isBoard ? `, map idle ${round(sample.mapIdle)} ms, charts ${round(sample.chartsRendered)} ms` : ""}`,
      );
      return sample;
    };
    // Warm the server (route caches, fact snapshot) and the disk cache of the browser binary.
    await timed("warm-up overview", urls.overview, false);
    await timed("warm-up board", urls.board, true);
    const samples: Record<"overview" | "board", Sample[]> = { overview: [], board: [] };
    for (let i = 0; i < ROUNDS; i += 1) {
      samples.overview.push(await timed(`run ${i + 1} overview`, urls.overview, false));
      samples.board.push(await timed(`run ${i + 1} board`, urls.board, true));
    }

    const summarise = (list: Sample[]) => ({
      fcp: round(median(list.map((s) => s.fcp))),
      lcp: round(median(list.map((s) => s.lcp))),
      mapIdle: round(median(list.flatMap((s) => (s.mapIdle === null ? [] : [s.mapIdle])))),
      chartsRendered: round(median(list.flatMap((s) => (s.chartsRendered === null ? [] : [s.chartsRendered])))),
      jsTransferKb: median(list.map((s) => s.jsTransferKb)),
    });
    const results = { overview: summarise(samples.overview), board: summarise(samples.board) };
    const rows = (["overview", "board"] as const).map((name) => [
      name === "board" ? `/b/${BOARD_ID}` : "/ (overview, baseline)",
      results[name].fcp,
      results[name].lcp,
      Number.isNaN(results[name].mapIdle) ? "–" : results[name].mapIdle,
      Number.isNaN(results[name].chartsRendered) ? "–" : results[name].chartsRendered,
      js[name].kb,
      results[name].jsTransferKb,
    ]);
    console.log(`\nBoard-load benchmark: headless chromium (SwiftShader), 1440×900, ${ROUNDS} runs each, medians, fresh context per run`);
    console.log(formatTable(["route", "FCP ms", "LCP ms", "map idle ms", "charts ms", "first-load JS kB gz", "all JS kB wire"], rows));
    const targets = {
      lcp: results.board.lcp <= TARGETS.lcpMs,
      firstLoadJs: js.board.kb < TARGETS.firstLoadJsKb,
    };
    console.log(
      `\nBoard: LCP ${results.board.lcp} ms (target <= ${TARGETS.lcpMs} ms: ${targets.lcp ? "met" : "NOT met"}), first-load JS ${js.board.kb.toFixed(1)} kB gzipped (target < ${TARGETS.firstLoadJsKb} kB: ${targets.firstLoadJs ? "met" : "NOT met"}; overview ${js.overview.kb.toFixed(1)} kB, +${(js.board.kb - js.overview.kb).toFixed(1)} kB); map and charts load lazily after that`,
    );
    const report = {
      benchmark: "board-load",
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, load: os.loadavg(), node: process.version },
      config: { rounds: ROUNDS, viewport: "1440x900", renderer: "SwiftShader", gzipLevel: 9 },
      firstLoadJs: js,
      results,
      samples,
      targets,
    };
    mkdirSync(path.join(here, "results"), { recursive: true });
    writeFileSync(path.join(here, "results", "board-load.json"), `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    await browser?.close();
    await stopProcess(web);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runBoardLoadBench();
}
