// Collab benchmark: N clients in one room (one writer at 20 edits/s, everyone with presence on),
// against apps/collab (auth + SQLite persistence) and, in the same run, the stock
// @y/websocket-server 0.1.1 without persistence. Measures edit-to-peer latency p50/p99, delivery
// ratio, server RSS per connection, server CPU and (ours) edit-to-durable latency.
// `tsx collab.ts [--quick] [--sizes=2,200] [--duration=20] [--rounds=1] [--port=4321]`; JSON to bench/results/collab.json.
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { signCollabToken } from "@corridor/collab-token";
import WebSocket from "ws";
import * as Y from "yjs";
import { numberArg } from "./lib/args.ts";
import { formatTable, median } from "./lib/stats.ts";
import { awarenessMessage, now, syncStep1Message, updateMessage } from "./collab/raw-client.ts";
import { BENCH_SECRET, collectGarbage, cpuSeconds, rssBytes, startCollab, startStock, type ServerUnderTest } from "./collab/servers.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOM = "bench-board";
const EDITS_PER_SECOND = 20;

export interface CollabBenchOptions {
  sizes?: number[];
  durationS?: number;
  rounds?: number;
  quick?: boolean;
  port?: number;
}

export interface ScenarioResult {
  server: "collab" | "stock";
  clients: number;
  edits: number;
  p50Ms: number;
  p99Ms: number;
  deliveredRatio: number;
  rssPerConnectionKiB: number;
  cpuPercent: number;
  durableP50Ms: number | null;
  durableP95Ms: number | null;
  failedConnections: number;
}

export interface CollabBenchReport {
  date: string;
  machine: { cpus: number; node: string; loadAverage: number[] };
  durationS: number;
  rounds: number;
  scenarios: ScenarioResult[];
  medians: Array<{ clients: number; collab: ScenarioResult; stock: ScenarioResult; p99Ratio: number }>;
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function startWorker(): ChildProcess {
  return fork(path.join(here, "collab", "load-worker.ts"), [], { cwd: here, execArgv: ["--import", "tsx"], serialization: "advanced" });
}

function nextMessage<T>(worker: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }): void => {
      if (message.type !== type) return;
      worker.off("message", onMessage);
      resolve(message as T);
    };
    worker.on("message", onMessage);
    worker.once("exit", (code) => reject(new Error(`load worker exited (${code})`)));
  });
}

async function runScenario(server: ServerUnderTest, clients: number, durationS: number): Promise<ScenarioResult> {
  const token = await signCollabToken({ secret: BENCH_SECRET, claims: { userId: "bench", displayName: "Bench", boardId: ROOM, role: "editor" }, ttlSeconds: 3600 });
  const url = `${server.wsUrl}/${ROOM}?token=${token}`;

  const doc = new Y.Doc();
  const text = doc.getText("text");
  const writer = new WebSocket(url, { perMessageDeflate: false });
  writer.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    writer.once("message", () => resolve());
    writer.once("close", (code, reason) => reject(new Error(`writer refused (${code} ${reason.toString()})`)));
  });
  writer.send(syncStep1Message(Y.encodeStateVector(doc)));
  let pendingUpdate: Uint8Array | null = null;
  doc.on("update", (update: Uint8Array) => {
    pendingUpdate = update;
  });

  await sleep(500);
  await collectGarbage(server.pid);
  const rssBefore = rssBytes(server.pid);

  const receivers = clients - 1;
  const workerCount = receivers >= 200 ? 2 : 1;
  const workers = Array.from({ length: workerCount }, startWorker);
  const renewMs = Math.min(15_000, Math.round(durationS * 600));
  let failedConnections = 0;
  await Promise.all(
    workers.map(async (worker, index) => {
      const share = Math.floor(receivers / workerCount) + (index < receivers % workerCount ? 1 : 0);
      const ready = nextMessage<{ failed: number }>(worker, "ready");
      worker.send({ type: "start", urls: Array.from({ length: share }, () => url), firstClientId: 1000 + index * 10_000, presence: true, renewMs });
      failedConnections += (await ready).failed;
    }),
  );

  await sleep(1000);
  await collectGarbage(server.pid);
  const rssAfter = rssBytes(server.pid);
  const cpuStart = cpuSeconds(server.pid);
  const started = now();

  const sendTimes: number[] = [];
  const total = durationS * EDITS_PER_SECOND;
  for (let seq = 0; seq < total; seq++) {
    const due = started + (seq * 1000) / EDITS_PER_SECOND;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    text.insert(text.length, `~E${seq}~`);
    const update: Uint8Array | null = pendingUpdate;
    if (update === null) throw new Error("no update produced");
    sendTimes[seq] = now();
    writer.send(updateMessage(update));
    writer.send(awarenessMessage(doc.clientID, seq, { user: { name: "writer" }, cursor: { index: text.length } }));
  }
  await sleep(2000);
  const elapsed = (now() - started) / 1000;
  const cpuPercent = ((cpuSeconds(server.pid) - cpuStart) / elapsed) * 100;

  let durableP50Ms: number | null = null;
  let durableP95Ms: number | null = null;
  if (server.kind === "collab") {
    const metrics = (await (await fetch(`${server.httpUrl}/metrics`)).json()) as { appendLatencyMs: { p50: number; p95: number } };
    durableP50Ms = metrics.appendLatencyMs.p50;
    durableP95Ms = metrics.appendLatencyMs.p95;
  }

  const latencies: number[] = [];
  for (const worker of workers) {
    const samples = nextMessage<{ seqs: Float64Array; times: Float64Array }>(worker, "samples");
    worker.send({ type: "collect" });
    const { seqs, times } = await samples;
    for (let i = 0; i < seqs.length; i++) {
      const sent = sendTimes[seqs[i] ?? -1];
      if (sent !== undefined) latencies.push((times[i] ?? 0) - sent);
    }
  }
  for (const worker of workers) {
    worker.send({ type: "stop" });
  }
  writer.terminate();
  const sorted = Float64Array.from(latencies).sort();
  return {
    server: server.kind,
    clients,
    edits: total,
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    deliveredRatio: receivers === 0 ? 1 : latencies.length / (total * receivers),
    rssPerConnectionKiB: receivers === 0 ? Number.NaN : round((rssAfter - rssBefore) / receivers / 1024),
    cpuPercent: round(cpuPercent),
    durableP50Ms,
    durableP95Ms,
    failedConnections,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export async function runCollabBench(options: CollabBenchOptions = {}): Promise<CollabBenchReport> {
  const quick = options.quick ?? false;
  const sizes = options.sizes ?? (quick ? [2, 200] : [2, 200, 500, 1000]);
  const durationS = options.durationS ?? (quick ? 6 : 20);
  const rounds = options.rounds ?? 1;
  const port = options.port ?? 4321;
  const scenarios: ScenarioResult[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const clients of sizes) {
      for (const kind of ["stock", "collab"] as const) {
        const server = kind === "collab" ? await startCollab(port) : await startStock(port);
        try {
          const result = await runScenario(server, clients, durationS);
          scenarios.push(result);
          console.log(`${kind.padEnd(6)} N=${String(clients).padEnd(4)} load ${os.loadavg()[0]?.toFixed(2)}  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  delivered ${(result.deliveredRatio * 100).toFixed(2)} %  ${result.rssPerConnectionKiB} KiB/conn  CPU ${result.cpuPercent} %${result.durableP95Ms === null ? "" : `  durable p95 ${result.durableP95Ms} ms`}`);
        } finally {
          await server.stop();
        }
      }
    }
  }

  const medians = sizes.map((clients) => {
    const pick = (kind: "collab" | "stock"): ScenarioResult => {
      const runs = scenarios.filter((s) => s.server === kind && s.clients === clients);
      const first = runs[0];
      if (first === undefined) throw new Error("missing scenario");
      const m = (key: keyof ScenarioResult): number => median(runs.map((run) => Number(run[key])));
      return {
        ...first,
        p50Ms: m("p50Ms"),
        p99Ms: m("p99Ms"),
        deliveredRatio: m("deliveredRatio"),
        rssPerConnectionKiB: m("rssPerConnectionKiB"),
        cpuPercent: m("cpuPercent"),
        durableP50Ms: kind === "collab" ? m("durableP50Ms") : null,
        durableP95Ms: kind === "collab" ? m("durableP95Ms") : null,
        failedConnections: m("failedConnections"),
      };
    };
    const collab = pick("collab");
    const stock = pick("stock");
    return { clients, collab, stock, p99Ratio: round(collab.p99Ms / stock.p99Ms) };
  });

  const report: CollabBenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
    durationS,
    rounds,
    scenarios,
    medians,
  };
  console.log(`\nCollab benchmark: one room, 1 writer at ${EDITS_PER_SECOND} edits/s, presence on, ${durationS} s per scenario, medians over ${rounds} round(s)`);
  console.log(
    formatTable(
      ["N", "server", "p50 ms", "p99 ms", "delivered %", "KiB/conn", "CPU %", "durable p50/p95 ms", "p99 ours/stock"],
      medians.flatMap(({ clients, collab, stock, p99Ratio }) => [
        [clients, "collab", collab.p50Ms, collab.p99Ms, collab.deliveredRatio * 100, collab.rssPerConnectionKiB, collab.cpuPercent, `${collab.durableP50Ms} / ${collab.durableP95Ms}`, p99Ratio],
        [clients, "stock", stock.p50Ms, stock.p99Ms, stock.deliveredRatio * 100, stock.rssPerConnectionKiB, stock.cpuPercent, "-", ""],
      ]),
    ),
  );
  const resultsDir = path.join(here, "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "collab.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${path.join(resultsDir, "collab.json")}`);
  return report;
}

function argValue(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = argValue("sizes")?.split(",").map(Number);
  const duration = argValue("duration");
  const rounds = argValue("rounds");
  const port = numberArg("port");
  await runCollabBench({
    ...(port === undefined ? {} : { port }),
    quick: process.argv.includes("--quick"),
    ...(sizes === undefined ? {} : { sizes }),
    ...(duration === undefined ? {} : { durationS: Number(duration) }),
    ...(rounds === undefined ? {} : { rounds: Number(rounds) }),
  });
  process.exit(0);
}
