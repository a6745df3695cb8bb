import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@/db/client";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { progress } from "@/bench/lib/log";
import type { ClaimsResult, ProcessClaimsResult } from "@/bench/lib/result";
import type { RunningServer } from "@/bench/lib/server";
import { mintSession } from "@/bench/lib/sign-in";
import { elapsedMs, percentile, round } from "@/bench/lib/stats";
import { withTimeout } from "@/bench/lib/with-timeout";
import type { ClaimerReport } from "@/bench/workers/claimer";

// Step 7: 20 claimer processes, each with its own connection and its own reviewer account,
// race through claimNext on the seeded database. Every id a claimer reports is one it won;
// an id reported twice would be a filing handed to two reviewers. p95Ms/maxMs are one claimNext
// call as its caller waits for it (lock waits and the claim service's SQLITE_BUSY retries
// included); busyErrors counts calls that gave up. runServerClaims: the same 20 accounts press
// claim-next together through the one server process, as the console's reviewers do.

const WORKERS = 20;
const TARGET_CLAIMS = 2000;
const SERVER_CLAIMS_EACH = 10;
const WORKER_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "workers", "claimer.ts");

export async function runClaims(dbPath: string): Promise<ProcessClaimsResult> {
  const claimers = claimerAccounts(dbPath);
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

/**
 * Reviewer accounts for the claimers (claims and audit events reference users), made once per
 * database. They have no password: the server step gives them sessions minted with its secret.
 */
function claimerAccounts(dbPath: string): { id: number; email: string; sessionVersion: number }[] {
  const db = openDatabase(dbPath);
  try {
    return Array.from({ length: WORKERS }, (_, i) => {
      const n = String(i + 1).padStart(2, "0");
      const email = `bench-claimer-${n}@example.com`;
      return getUserByEmail(db, email) ?? createUser(db, { email, name: `压测${n}`, role: "reviewer", passwordHash: "!" });
    });
  } finally {
    db.$client.close();
  }
}

/** The id Next gave the claim-next server action in this build. */
function claimNextActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "claimNextAction");
  if (!entry) throw new Error("claimNextAction is not in .next/server/server-reference-manifest.json");
  return entry[0];
}

/**
 * 20 clients, one per claimer account, press claim-next together, SERVER_CLAIMS_EACH times each,
 * through the server (the form's server action, as the browser posts it). Two times per press:
 * the claim's wait, from sending the request to the moment the server was granted the write lock
 * and took the filing (the audit event's time, recorded inside the claim transaction; same
 * clock), which is what the budget is about; and the whole response, which also renders the
 * claimed filing's workspace and so queues behind the other 19 clients' pages on one process.
 *
 * First a warm-up round, the same 20 presses together, timed apart (`coldMaxMs`): the first
 * claims a server process takes load the action's code and the pages' modules, a cost paid once
 * per process, not per concurrent claimer. The measured run then starts with all 20 together on
 * the warm server, as the browser figures do.
 */
export async function runServerClaims(server: RunningServer, dbPath: string): Promise<ClaimsResult> {
  const claimers = claimerAccounts(dbPath);
  const actionId = claimNextActionId();
  const origin = `http://localhost:${new URL(server.baseUrl).port}`;
  const cookies = await Promise.all(claimers.map((c) => mintSession(server.authSecret, c)));
  progress(`claims: ${WORKERS} clients × (1 warm-up + ${SERVER_CLAIMS_EACH}) claim-next through the server`);
  const ids: number[] = [];
  const latencies: number[] = [];
  const sentAt = new Map<number, number>();
  let non2xx = 0;
  let errors = 0;
  const client = async (cookie: string, presses: number) => {
    for (let i = 0; i < presses; i++) {
      const form = new FormData();
      // React's encoding of the form action's arguments: (previous state, the form's fields).
      form.append("1_query", "");
      form.append("0", JSON.stringify([null, "$K1"]));
      const t = performance.now();
      const sent = Date.now();
      try {
        const res = await fetch(`${server.baseUrl}/filings`, {
          method: "POST",
          headers: { cookie, "next-action": actionId, origin, accept: "text/x-component" },
          body: form,
          redirect: "manual",
          signal: AbortSignal.timeout(60_000),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        const claimed = /^\/filings\/(\d+)/.exec(res.headers.get("x-action-redirect") ?? "");
        if (res.status !== 200 || !claimed) non2xx++;
        else {
          ids.push(Number(claimed[1]));
          sentAt.set(Number(claimed[1]), sent);
        }
      } catch (error) {
        // Counted, not fatal: one refused connection must not cost the run its other figures.
        if (++errors <= 3) progress(`claims: ${(error as Error).message} (${String((error as Error).cause ?? "")})`);
      }
    }
  };
  const waitsSince = (since: number) => {
    const granted = claimGrantedAt(
      dbPath,
      claimers.map((c) => c.id),
      since,
    );
    const waits = [...sentAt].map(([id, sent]) => (granted.get(id) ?? Number.NaN) - sent).filter((ms) => Number.isFinite(ms));
    if (waits.length !== sentAt.size) throw new Error(`no claim record for ${sentAt.size - waits.length} claimed filings`);
    return waits;
  };

  const warmUpStart = Date.now();
  await withTimeout("the warm-up claims", 120_000, Promise.all(cookies.map((cookie) => client(cookie, 1))));
  const coldWaits = waitsSince(warmUpStart);
  const warmUpIds = ids.splice(0);
  latencies.length = 0;
  sentAt.clear();

  const stepStart = Date.now();
  await withTimeout("the server claims", 120_000, Promise.all(cookies.map((cookie) => client(cookie, SERVER_CLAIMS_EACH))));
  const waits = waitsSince(stepStart);
  // A filing handed out twice is a duplicate whether or not the warm-up round took it.
  const handedOut = [...warmUpIds, ...ids];
  return {
    claimers: WORKERS,
    claims: ids.length,
    duplicates: handedOut.length - new Set(handedOut).size,
    p50Ms: round(percentile(waits, 50), 1),
    p95Ms: round(percentile(waits, 95), 1),
    maxMs: round(Math.max(...waits), 1),
    responseP50Ms: round(percentile(latencies, 50), 1),
    responseP95Ms: round(percentile(latencies, 95), 1),
    responseMaxMs: round(Math.max(...latencies), 1),
    non2xx,
    errors,
    coldMaxMs: round(Math.max(...coldWaits), 1),
    warmUpClaims: warmUpIds.length,
  };
}

/** When each filing was claimed by one of these accounts (the claim transaction's own time). */
function claimGrantedAt(dbPath: string, accounts: number[], since: number): Map<number, number> {
  const db = openDatabase(dbPath);
  try {
    const rows = db.$client
      .prepare<unknown[], { filingId: number; at: number }>(
        `SELECT filing_id AS filingId, at FROM audit_events
          WHERE action = 'filing.claimed' AND at >= ? AND actor_id IN (${accounts.map(() => "?").join(",")})
          ORDER BY at`,
      )
      .all(since, ...accounts);
    return new Map(rows.map((r) => [r.filingId, r.at]));
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
