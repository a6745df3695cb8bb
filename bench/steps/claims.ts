import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@/db/client";
import { createUser } from "@/db/queries/users";
import { progress } from "@/bench/lib/log";
import type { ClaimsResult } from "@/bench/lib/result";
import { elapsedMs, percentile, round } from "@/bench/lib/stats";
import { withTimeout } from "@/bench/lib/with-timeout";
import type { ClaimerReport } from "@/bench/workers/claimer";

// Step 5: 20 claimer processes, each with its own connection and its own reviewer account,
// race through claimNext on the seeded database. Every id a claimer reports is one it won;
// an id reported twice would be a filing handed to two reviewers. p95Ms/maxMs are one claimNext
// call as its caller waits for it (lock waits included); busyErrors counts calls that gave up.

const WORKERS = 20;
const TARGET_CLAIMS = 2000;
const WORKER_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "workers", "claimer.ts");

export async function runClaims(dbPath: string): Promise<ClaimsResult> {
  const claimers = createClaimers(dbPath);
  const quota = Math.ceil(TARGET_CLAIMS / WORKERS);
  const children: ChildProcess[] = [];
  try {
    const reports: Promise<ClaimerReport>[] = [];
    const ready: Promise<void>[] = [];
    for (const claimer of claimers) {
      const child = fork(WORKER_PATH, [dbPath, String(claimer.id), claimer.email, String(quota)], {
        execArgv: ["--import", "tsx", "--conditions=react-server"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      children.push(child);
      const messages = collect(child);
      const isReady = messages.next().then(() => undefined);
      const report = messages.next() as Promise<ClaimerReport>;
      // Awaited below; these only keep an early exit from counting as an unhandled rejection.
      isReady.catch(() => {});
      report.catch(() => {});
      ready.push(isReady);
      reports.push(report);
    }
    await withTimeout("starting the claimers", 120_000, Promise.all(ready));
    progress(`claims: ${WORKERS} claimers × ${quota}`);
    const start = process.hrtime.bigint();
    for (const child of children) child.send("go");
    const done = await withTimeout("the claimers", 120_000, Promise.all(reports));
    const seconds = elapsedMs(start) / 1000;
    const failed = done.find((r): r is Extract<ClaimerReport, { ok: false }> => !r.ok);
    if (failed) throw new Error(`a claimer failed: ${failed.error}`);
    const ok = done.filter((r): r is Extract<ClaimerReport, { ok: true }> => r.ok);
    const ids = ok.flatMap((r) => r.claimed);
    const latencies = ok.flatMap((r) => r.latenciesMs);
    return {
      workers: WORKERS,
      claims: ids.length,
      duplicates: ids.length - new Set(ids).size,
      perSec: Math.round(ids.length / seconds),
      busyErrors: ok.reduce((sum, r) => sum + r.busy, 0),
      p95Ms: round(percentile(latencies, 95), 1),
      maxMs: round(Math.max(...latencies), 1),
    };
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

/** Reviewer accounts for the claimers (claims and audit events reference users). They cannot sign in. */
function createClaimers(dbPath: string): { id: number; email: string }[] {
  const db = openDatabase(dbPath);
  try {
    return Array.from({ length: WORKERS }, (_, i) => {
      const n = String(i + 1).padStart(2, "0");
      return createUser(db, { email: `bench-claimer-${n}@example.com`, name: `压测${n}`, role: "reviewer", passwordHash: "!" });
    });
  } finally {
    db.$client.close();
  }
}

/** The child's IPC messages in order, one promise per message; rejects if it exits first. */
function collect(child: ChildProcess): { next: () => Promise<unknown> } {
  const queue: unknown[] = [];
  const waiting: { resolve: (m: unknown) => void; reject: (e: Error) => void }[] = [];
  child.on("message", (m) => {
    const w = waiting.shift();
    if (w) w.resolve(m);
    else queue.push(m);
  });
  child.on("exit", (code, signal) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`claimer ${child.pid} exited (${signal ?? code}) before reporting`));
  });
  return {
    next: () =>
      queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve, reject) => {
            if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`claimer ${child.pid} exited before reporting`));
            else waiting.push({ resolve, reject });
          }),
  };
}
