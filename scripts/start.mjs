// `npm start`: install, generate, migrate, seed, build and serve Corridor Board.
// Web app on PORT (default 3000); the collab server beside it on COLLAB_PORT (default 1234).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { baseEnv, log, must, pnpmCommand, root } from "./lib.mjs";

const [pnpm, ...pnpmPrefix] = pnpmCommand();
const p = (...args) => [...pnpmPrefix, ...args];
const env = { ...process.env, ...baseEnv() };
Object.assign(process.env, baseEnv());

log("Installing dependencies (pnpm, offline-safe, frozen lockfile)");
await must(pnpm, p("install", "--frozen-lockfile"));
log("Generating Prisma clients");
await must(pnpm, p("db:generate"));
log("Applying database migrations");
await must(pnpm, p("db:migrate"));
log("Seeding the fact base (idempotent)");
await must(pnpm, p("db:seed"));
log("Demo account and team (embedded mode; see README)");
await must(pnpm, p("--filter", "@corridor/auth", "seed:demo"));
log("Building the web app");
await must(pnpm, p("--filter", "@corridor/web", "build"));

const port = process.env.PORT ?? "3000";
const children = [];
function serve(name, args, extraEnv = {}) {
  const child = spawn(pnpm, p(...args), { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  child.on("exit", (code) => {
    console.error(`${name} stopped (exit ${code}); stopping Corridor Board`);
    shutdown(code ?? 1);
  });
  children.push(child);
}
function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

serve("web", ["--filter", "@corridor/web", "start", "--port", port]);
// The collab server reads PORT too: give it its own.
if (existsSync(path.join(root, "apps", "collab", "src", "main.ts"))) serve("collab", ["--filter", "@corridor/collab", "start"], { PORT: process.env.COLLAB_PORT ?? "1234" });
log(`Corridor Board is starting at http://localhost:${port} (Ctrl+C stops it)`);
log("Sign in with the demo account: demo@corridor.local / corridor-demo (embedded mode)");
