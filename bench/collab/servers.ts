// The two servers under test, each a child process whose pid we sample: ours (apps/collab, SQLite,
// auth and persistence on) and the stock @y/websocket-server 0.1.1 (no persistence, no auth).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { applyMigrations } from "@corridor/prisma/migrate";
import { waitForHttp } from "../lib/processes.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const collabDir = path.resolve(here, "..", "..", "apps", "collab");
const GC_ARGS = ["--expose-gc", "--import", pathToFileURL(path.join(here, "gc-on-signal.mjs")).href];
export const BENCH_SECRET = "bench-collab-secret-0123456789abcdefghijklmn";

export interface ServerUnderTest {
  kind: "collab" | "stock";
  pid: number;
  wsUrl: string;
  httpUrl: string;
  stop(): Promise<void>;
}

export async function startCollab(port: number): Promise<ServerUnderTest> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-collab-"));
  const databaseUrl = `file:${path.join(dir, "collab.db")}`;
  await applyMigrations({ databaseUrl });
  // The flags of `pnpm --filter @corridor/collab start` (apps/collab/package.json), plus the GC hook.
  const child = spawn(process.execPath, [...GC_ARGS, "--max-semi-space-size=8", "--import", "tsx", "src/main.ts"], {
    cwd: collabDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dir,
      COLLAB_TOKEN_SECRET: BENCH_SECRET,
      COLLAB_LOG_LEVEL: "warn",
      // Every load-generator connection comes from 127.0.0.1.
      COLLAB_CONNECTIONS_PER_IP_PER_MINUTE: "1000000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const server = wrap("collab", child, port, () => rmSync(dir, { recursive: true, force: true }));
  await waitForHttp(`${server.httpUrl}/healthz`);
  return server;
}

export async function startStock(port: number): Promise<ServerUnderTest> {
  const require = createRequire(import.meta.url);
  const entry = path.join(path.dirname(require.resolve("@y/websocket-server/package.json")), "src", "server.js");
  const child = spawn(process.execPath, [...GC_ARGS, entry], { env: { ...process.env, HOST: "127.0.0.1", PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] });
  const server = wrap("stock", child, port, () => {});
  await waitForHttp(server.httpUrl);
  return server;
}

function wrap(kind: ServerUnderTest["kind"], child: ChildProcess, port: number, cleanup: () => void): ServerUnderTest {
  if (child.pid === undefined) throw new Error(`${kind} server did not start`);
  const pid = child.pid;
  return {
    kind,
    pid,
    wsUrl: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
}

const CLOCK_TICKS = 100;

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Asks the server (started with gc-on-signal.mjs) for a full GC and gives it time to run. */
export async function collectGarbage(pid: number): Promise<void> {
  process.kill(pid, "SIGUSR2");
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}
