// `npm start`: install, generate, migrate, seed, build and serve Corridor Board.
// Web app on PORT (default 3000); the collab server beside it on COLLAB_PORT (default 1234).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { baseEnv, log, must, pnpmCommand, root } from "./lib.mjs";

const [pnpm, ...pnpmPrefix] = pnpmCommand();
const p = (...args) => [...pnpmPrefix, ...args];
// The web app and the collab server must agree on each other's address: derive the defaults from
// the two ports before the build (the collab URL is part of the web app's CSP, fixed at build time).
const webPort = process.env.PORT ?? "3000";
const collabPort = process.env.COLLAB_PORT ?? "1234";
process.env.COLLAB_PUBLIC_URL ??= `ws://localhost:${collabPort}`;
process.env.COLLAB_ALLOWED_ORIGINS ??= `http://localhost:${webPort},http://127.0.0.1:${webPort}`;
Object.assign(process.env, baseEnv());
const env = { ...process.env };

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

const port = webPort;
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
if (existsSync(path.join(root, "apps", "collab", "src", "main.ts"))) serve("collab", ["--filter", "@corridor/collab", "start"], { PORT: collabPort });
log(`Corridor Board is starting at http://localhost:${port} (Ctrl+C stops it)`);
log("Sign in with the demo account: demo@corridor.local / corridor-demo (embedded mode)");
