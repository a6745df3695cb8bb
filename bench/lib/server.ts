import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "@/bench/lib/free-port";
import { progress } from "@/bench/lib/log";

export interface RunningServer {
  baseUrl: string;
  /** Process group id: the `next start` process and anything it forks. */
  pgid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;
const LOG_TAIL = 40;

/**
 * `next start` on the built app, as scripts/start.ts runs it but spawned directly (its own
 * process group, loopback only) so the bench can read its memory and stop all of it.
 */
export async function startServer(options: { dbPath: string; uploadsDir: string }): Promise<RunningServer> {
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) throw new Error("no production build (.next/BUILD_ID): run `npm run build` first");
  const port = await freePort();
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load.
  // The same heap cap as scripts/start.ts, so the measured RSS is the one production gets.
  const nodeArgs = ["--max-old-space-size=512", ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: options.dbPath,
      UPLOADS_DIR: options.uploadsDir,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - LOG_TAIL));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  // BENCH_SERVER_LOG=FILE keeps the server's whole output (e.g. with --trace-gc in BENCH_SERVER_NODE_ARGS).
  const logFile = process.env.BENCH_SERVER_LOG;
  if (logFile) {
    const out = fs.createWriteStream(logFile);
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
  }
  const stop = () => stopGroup(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${tail.join("\n")}`);
  }
  progress(`server ready at ${baseUrl} (pid ${child.pid})`);
  return { baseUrl, pgid: child.pid!, stop };
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
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
