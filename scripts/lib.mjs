// Helpers shared by the start and test commands. Plain Node (no dependencies): these scripts run
// before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PNPM_VERSION = "10.34.9";

/** The pnpm command to use: the installed one when it is pnpm 10, otherwise pnpm 10 through npx. */
export function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: false });
  if (probe.status === 0 && probe.stdout.trim().startsWith("10.")) return ["pnpm"];
  return ["npx", "-y", `pnpm@${PNPM_VERSION}`];
}

export function log(message) {
  process.stdout.write(`\n▶ ${message}\n`);
}

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

/** Runs a command and exits the process when it fails. */
export async function must(command, args, options = {}) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✖ ${[command, ...args].join(" ")} failed with exit code ${code}`);
    process.exit(code);
  }
}

export function baseEnv() {
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    // The Prisma CLI's native engine cannot be downloaded offline; generate does not need it and
    // migrations go through the WebAssembly engine, so make any accidental use fail loudly.
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
  };
}
