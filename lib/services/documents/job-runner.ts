import "server-only";
import type { Db } from "@/db/client";
import {
  claimNextJob,
  finishJob,
  getCachedReadings,
  peekNextJob,
  requeueRunningJobs,
  saveReading,
  type DocumentJob,
} from "@/db/queries/documents";
import type { ReadableKind } from "@/lib/domain/documents/reading";
import { completeRevisionCheck, READER_VERSION } from "./document-check";
import type { ReaderPool } from "./reader-pool";

// The durable queue's consumer, in the worker: takes the oldest queued job, reads its document in
// a reader process, stores the reading (cached by sha256 and kind), and once a revision has no
// job left, runs its DOC_* rules. A job whose read fails is tried again, at most
// DOCUMENT_JOB_ATTEMPTS times in all, then marked failed (visibly; it never blocks a decision).

export const DOCUMENT_JOB_ATTEMPTS = 3;
const IDLE_POLL_MS = 1000;

/**
 * The console's writes (claims, decisions, uploads) come first. Jobs whose document was already
 * read are pure database work, three short write transactions each, and a backlog of them (a bulk
 * import) would otherwise take the write lock back-to-back: SQLite's busy handler makes a waiting
 * writer sleep up to 100 ms between tries, so it could miss every gap and the console would wait
 * seconds (its event loop blocked meanwhile). After holding the database this long in a row the
 * runner pauses longer than that longest sleep, so a waiting writer always finds the lock free.
 */
export const LOCK_SHARE = { busyMs: 50, pauseMs: 120 } as const;

/** Pause (ms) owed after a job that kept the runner in the database for `ms`; a read in a reader process is a pause in itself. */
export function createLockShare(limits: { busyMs: number; pauseMs: number } = LOCK_SHARE) {
  let busy = 0;
  return {
    after(outcome: JobOutcome, ms: number): number {
      if (outcome === "read" || outcome === "retry" || outcome === "failed") {
        busy = 0;
        return 0;
      }
      busy += ms;
      if (busy < limits.busyMs) return 0;
      busy = 0;
      return limits.pauseMs;
    },
  };
}

export interface JobRunnerOptions {
  db: Db;
  pool: ReaderPool;
  log?: (line: string) => void;
  now?: () => number;
  /** Awaited before each real read: the worker waits for a quiet console here (console-activity.ts). */
  beforeRead?: () => Promise<unknown>;
}

export type JobOutcome = "read" | "cached" | "retry" | "failed";

/** Reads one job's document; false when no job is queued. */
export async function runNextJob(options: JobRunnerOptions): Promise<{ job: DocumentJob; outcome: JobOutcome } | null> {
  const { db, pool } = options;
  const now = options.now ?? Date.now;
  if (options.beforeRead) {
    // Wait for a quiet console before taking a job that needs a real read: meanwhile the job stays
    // queued, not running, so a stop during the wait costs it none of its attempts.
    const next = peekNextJob(db);
    if (!next) return null;
    if (!getCachedReadings(db, [next]).has(`${next.sha256}|${next.kind}`)) await options.beforeRead();
  }
  const job = db.transaction((tx) => claimNextJob(tx, now()), { behavior: "immediate" });
  if (!job) return null;
  let outcome: JobOutcome;
  // The same bytes may have been read for another filing meanwhile.
  if (getCachedReadings(db, [{ sha256: job.sha256, kind: job.kind }]).has(`${job.sha256}|${job.kind}`)) {
    db.transaction((tx) => finishJob(tx, job.id, "done", now()), { behavior: "immediate" });
    outcome = "cached";
  } else {
    try {
      const reading = await pool.read({ sha256: job.sha256, kind: job.kind as ReadableKind });
      db.transaction(
        (tx) => {
          saveReading(tx, { sha256: job.sha256, kind: job.kind, reading: JSON.stringify(reading), engine: READER_VERSION, readAt: now() });
          finishJob(tx, job.id, "done", now());
        },
        { behavior: "immediate" },
      );
      outcome = "read";
    } catch (error) {
      const message = (error as Error).message;
      const last = job.attempts >= DOCUMENT_JOB_ATTEMPTS;
      db.transaction((tx) => finishJob(tx, job.id, last ? "failed" : "queued", now(), message), { behavior: "immediate" });
      options.log?.(
        `document job ${job.id} (${job.kind}) attempt ${job.attempts} failed: ${message}${last ? " — marked failed" : " — will retry"}`,
      );
      outcome = last ? "failed" : "retry";
    }
  }
  if (outcome !== "retry") completeRevisionCheck(db, job.revisionId, now());
  return { job, outcome };
}

/** The worker's loop: one consumer per reader, until `stop` says so. */
export async function runDocumentJobs(options: JobRunnerOptions & { stop?: { now: boolean } }): Promise<void> {
  const requeued = requeueRunningJobs(options.db);
  if (requeued > 0) options.log?.(`document reader: ${requeued} job(s) interrupted by the last stop queued again`);
  // One share of the lock for all consumers: a pause owed by one holds them all.
  const share = createLockShare();
  let pausedUntil = 0;
  const consumer = async () => {
    while (!options.stop?.now) {
      const owed = pausedUntil - performance.now();
      if (owed > 0) await new Promise((resolve) => setTimeout(resolve, owed));
      let ran: Awaited<ReturnType<typeof runNextJob>> = null;
      const started = performance.now();
      try {
        ran = await runNextJob(options);
      } catch (error) {
        options.log?.(`document reader: ${(error as Error).stack ?? error}`);
      }
      if (!ran) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
      else {
        const pause = share.after(ran.outcome, performance.now() - started);
        if (pause > 0) pausedUntil = performance.now() + pause;
      }
    }
  };
  await Promise.all(Array.from({ length: options.pool.size }, consumer));
}
