// npm start: check the configuration, prepare the database for the configured mode, then run
// the console (scripts/server.mjs: Next behind our own http server) and its background worker side by side. A crash of the worker
// (document reading, demo data, clean-up) restarts the worker; the console keeps serving.
import "@/scripts/load-env";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { databasePath, openDatabase } from "@/db/client";
import { countUsers } from "@/db/queries/meta";
import { checkStartConfig } from "@/lib/config/start-config";
import { consoleMode, ConsoleModeError } from "@/lib/config/console-mode";
import { prepareDatabase } from "@/lib/services/startup/prepare-database";
// @ts-expect-error plain ESM helper shared with scripts/test.mjs
import { buildState } from "./build-freshness.mjs";

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

let mode;
try {
  mode = consoleMode();
} catch (error) {
  if (error instanceof ConsoleModeError) fail(error.message);
  throw error;
}
const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const config = checkStartConfig(process.env, mode);
for (const warning of config.warnings) console.warn(`warning: ${warning}`);
if (config.errors.length > 0) fail(config.errors.join("\n"));

const db = openDatabase();
const prepared = prepareDatabase(db, mode, databasePath());
if (!prepared.ok) fail(prepared.message);
if (mode === "demo") {
  // Loaded only in demo mode: production never imports the demo folder.
  const { prepareDemo } = await import("@/demo/seed/demo-database");
  const plan = await prepareDemo(db, { filings: Number(process.env.DEMO_FILINGS ?? 300) });
  console.log(
    `demo mode: demo accounts ready; ${plan.state === "done" ? `${plan.total} demo filings in place` : `demo filings arrive in the background (${plan.done} / ${plan.total})`}`,
  );
} else if (countUsers(db) === 0) {
  console.log(
    [
      "",
      "production mode: the database has no users yet. Create the first team lead with:",
      "",
      "  printf '%s\\n' \"$PASSWORD\" | npm run users -- add --email lead@your-company.example --name 'Your Name' --role lead",
      "",
    ].join("\n"),
  );
}
db.$client.close();

const build = buildState();
if (build !== "fresh") {
  if (build === "missing" || mode === "demo") {
    console.log(build === "missing" ? "no build yet: building…" : "sources changed since the last build: rebuilding…");
    if (spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env }).status !== 0)
      fail("next build failed");
  } else {
    console.warn("warning: the sources changed since the last build; run `npm run build` and restart to serve them.");
  }
}

// V8 otherwise lets garbage grow to ~4x the live heap (~50 MB) between collections.
// Our own http server in front of Next's handler: it decides the forwarded headers (scripts/server.mjs).
const server = spawn(process.execPath, ["--max-old-space-size=512", "scripts/server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", PORT: port },
});
let stopping = false;
let worker: ChildProcess | null = null;
let restarts = 0;

function startWorker() {
  worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    stdio: "inherit",
    // The worker watches the server's CPU and reads documents when the console is quiet.
    env: { ...process.env, CONSOLE_SERVER_PID: String(server.pid ?? "") },
  });
  const started = Date.now();
  worker.on("exit", (code, signal) => {
    worker = null;
    if (stopping) return;
    // A worker that ran a while gets a fresh start; one that keeps dying backs off to a minute.
    restarts = Date.now() - started > 60_000 ? 0 : restarts + 1;
    const delay = Math.min(60_000, 1000 * 2 ** restarts);
    console.error(`worker stopped (${signal ?? `exit ${code}`}); restarting in ${delay / 1000} s`);
    setTimeout(startWorker, delay).unref();
  });
}
startWorker();

function stop(signal: NodeJS.Signals) {
  stopping = true;
  worker?.kill(signal);
  server.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(signal));
server.on("exit", (code) => {
  stopping = true;
  worker?.kill("SIGTERM");
  process.exit(code ?? 0);
});
