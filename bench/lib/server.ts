import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "@/bench/lib/free-port";
import { progress } from "@/bench/lib/log";

export interface RunningServer {
  baseUrl: string;
  /** The server process (scripts/server.mjs: Next's handler in our own http server); its group is only itself. */
  pid: number;
  pgid: number;
  /** The session secret the server signs with (the bench mints sessions for its claimer accounts with it). */
  authSecret: string;
  /** The background worker's process group (it and the document readers it forks); absent without a worker. */
  workerPgid?: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;
const LOG_TAIL = 40;

/**
 * The console as `npm start` runs it (scripts/start.ts): scripts/server.mjs with the same heap cap,
 * and the background worker (document reader, clean-up) beside it. Each is spawned in its own
 * process group so the bench can read the server's CPU and memory apart from the worker's, and
 * stop both with everything they fork.
 */
export async function startServer(options: { dbPath: string; uploadsDir: string; worker?: boolean }): Promise<RunningServer> {
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) throw new Error("no production build (.next/BUILD_ID): run `npm run build` first");
  const port = await freePort();
  const authSecret = randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_PATH: options.dbPath,
    UPLOADS_DIR: options.uploadsDir,
    AUTH_SECRET: authSecret,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load.
  // The same heap cap as scripts/start.ts, so the measured RSS is the one production gets.
  const nodeArgs = ["--max-old-space-size=512", ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  const server = spawn(process.execPath, [...nodeArgs, "scripts/server.mjs"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const worker =
    (options.worker ?? process.env.BENCH_NO_WORKER !== "1") === false
      ? null
      : spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
          env: { ...env, CONSOLE_SERVER_PID: String(server.pid) },
          detached: true,
          stdio: ["ignore", "pipe", "pipe"],
        });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - LOG_TAIL));
  };
  // BENCH_SERVER_LOG=FILE keeps the whole output of server and worker (e.g. with --trace-gc in BENCH_SERVER_NODE_ARGS).
  const logFile = process.env.BENCH_SERVER_LOG ? fs.createWriteStream(process.env.BENCH_SERVER_LOG) : null;
  for (const child of [server, worker]) {
    if (!child) continue;
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    if (logFile) {
      child.stdout!.pipe(logFile, { end: false });
      child.stderr!.pipe(logFile, { end: false });
    }
  }
  const stop = async () => {
    await Promise.all([stopGroup(server), worker ? stopGroup(worker) : Promise.resolve()]);
    logFile?.end();
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, server);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${tail.join("\n")}`);
  }
  progress(`server ready at ${baseUrl} (pid ${server.pid}${worker ? `, worker pid ${worker.pid}` : ", no worker"})`);
  return { baseUrl, pid: server.pid!, pgid: server.pid!, authSecret, workerPgid: worker?.pid, stop };
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /api/health within ${READY_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM to the whole group, SIGKILL if it is still there after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  signal("SIGKILL"); // stragglers of the group, if any
}
