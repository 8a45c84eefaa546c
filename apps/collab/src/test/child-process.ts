// The real entry point (src/main.ts) as a child process, for restart and kill -9 tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TEST_SECRET } from "./clients.ts";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ChildServer {
  port: number;
  url: string;
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<string>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function spawnServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      COLLAB_TOKEN_SECRET: TEST_SECRET,
      COLLAB_LOG_LEVEL: "info",
      COLLAB_UNLOAD_DELAY_MS: "200",
      // Test writers stream as fast as they can; the rate limit has its own test.
      COLLAB_MESSAGE_BURST: "1000000",
      COLLAB_MESSAGES_PER_SECOND: "1000000",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<string>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? String(code))));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('"collab server listening"')) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((how) => reject(new Error(`collab server exited (${how}) before listening:\n${output}`)));
  });
  return { port, url: `ws://127.0.0.1:${port}`, process: child, output: () => output, exited };
}
