// API benchmark: `investments.summary` over HTTP at 100 concurrent connections, side by side in
// the same run with an empty tRPC procedure (health.ping) on the same server and a bare node:http
// handler returning the same JSON. The server is the web app's production server as `npm start`
// runs it (`pnpm --filter @corridor/web start`: Next.js for pages, tRPC's node adapter for
// /api/trpc). Rounds alternate between the three targets and the report gives medians over rounds
// and ratios to the empty procedure. `tsx api.ts [--quick] [--port=3210] [--rounds=3] [--duration=8]`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createDatabase } from "@corridor/db";
import { applyMigrations } from "@corridor/prisma/migrate";
import { seedFactBase } from "@corridor/prisma/seed";
import { numberArg } from "./lib/args.ts";
import { formatTable, median } from "./lib/stats.ts";
import { startProcess, stopProcess, waitForHttp } from "./lib/processes.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const quick = process.argv.includes("--quick");
const CONNECTIONS = 100;
const DURATION_S = numberArg("duration") ?? (quick ? 3 : 8);
const ROUNDS = numberArg("rounds") ?? (quick ? 1 : 3);
const PORT = numberArg("port") ?? 3210;

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

interface Target {
  name: string;
  url: string;
  /** A new URL for every request (a query parameter tRPC ignores), so no answer cache can serve it. */
  unique?: boolean;
}

let uniqueCounter = 0;

async function measure(target: Target): Promise<Sample> {
  const url = new URL(target.url);
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    ...(target.unique
      ? { requests: [{ setupRequest: (request) => ({ ...request, path: `${url.pathname}${url.search}&bench=${uniqueCounter++}` }) }] }
      : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function runApiBench() {
  if (!existsSync(path.join(root, "apps", "web", ".next", "BUILD_ID"))) {
    throw new Error("The web app is not built: run `pnpm --filter @corridor/web build` (or `npm start` once) first");
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "corridor-bench-"));
  const databaseUrl = `file:${path.join(dataDir, "corridor.db")}`;
  await applyMigrations({ databaseUrl });
  const seeded = createDatabase(databaseUrl);
  await seedFactBase(seeded.client);
  await seeded.client.$disconnect();

  const web = startProcess("pnpm", ["--filter", "@corridor/web", "start", "--port", String(PORT)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const base = `http://127.0.0.1:${PORT}/api/trpc`;
  const summaryUrl = `${base}/investments.summary?input=${encodeURIComponent(JSON.stringify({ json: { groupBy: "actor" } }))}`;
  const emptyUrl = `${base}/health.ping`;
  let bare: ReturnType<typeof createServer> | undefined;
  try {
    await waitForHttp(emptyUrl);
    const summaryBody = Buffer.from(await (await fetch(summaryUrl)).arrayBuffer());
    bare = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": summaryBody.length });
      res.end(summaryBody);
    });
    await new Promise<void>((resolve) => bare?.listen(0, "127.0.0.1", resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

    const targets: Target[] = [
      { name: "investments.summary (tRPC, web server)", url: summaryUrl },
      { name: "investments.summary, never cached", url: summaryUrl, unique: true },
      { name: "health.ping: empty tRPC procedure", url: emptyUrl },
      { name: "bare node:http, same JSON", url: bareUrl },
    ];
    // Warm up the server (JIT, snapshot load) before measuring.
    for (const target of targets) await autocannon({ url: target.url, connections: 20, duration: 2 });
    uniqueCounter = 0;
    const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) samples.get(target.name)?.push(await measure(target));
    }

    const summarise = (name: string) => {
      const list = samples.get(name) ?? [];
      return {
        name,
        rps: median(list.map((s) => s.rps)),
        p50: median(list.map((s) => s.p50)),
        p99: median(list.map((s) => s.p99)),
        errors: list.reduce((n, s) => n + s.errors + s.non2xx, 0),
        rounds: list,
      };
    };
    const [summary, uncached, empty, bareResult] = targets.map((t) => summarise(t.name));
    if (!summary || !uncached || !empty || !bareResult) throw new Error("missing benchmark results");
    const ratio = summary.rps / empty.rps;
    const rows = [summary, uncached, empty, bareResult].map((r) => [r.name, r.rps, r.p50, r.p99, (r.rps / empty.rps).toFixed(2), r.errors]);
    console.log(`\nAPI benchmark: ${CONNECTIONS} connections, ${DURATION_S} s x ${ROUNDS} rounds, medians over rounds (load average ${os.loadavg().map((v) => v.toFixed(2)).join(" ")})`);
    console.log(formatTable(["target", "req/s", "p50 ms", "p99 ms", "x empty", "errors"], rows));
    const targetsMet = { throughputRatio: ratio >= 0.8, p99: summary.p99 <= 50 };
    console.log(
      `\ninvestments.summary: ${ratio.toFixed(2)}x the empty procedure's throughput (target >= 0.80: ${targetsMet.throughputRatio ? "met" : "NOT met"}), p99 ${summary.p99} ms (target <= 50 ms: ${targetsMet.p99 ? "met" : "NOT met"})`,
    );
    const report = {
      benchmark: "api",
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
      config: { connections: CONNECTIONS, durationSeconds: DURATION_S, rounds: ROUNDS },
      results: { summary, uncached, empty, bare: bareResult },
      ratios: { summaryToEmpty: ratio, uncachedToEmpty: uncached.rps / empty.rps, bareToEmpty: bareResult.rps / empty.rps },
      targets: targetsMet,
    };
    mkdirSync(path.join(here, "results"), { recursive: true });
    writeFileSync(path.join(here, "results", "api.json"), `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    await new Promise<void>((resolve) => (bare ? bare.close(() => resolve()) : resolve()));
    await stopProcess(web);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runApiBench();
}
