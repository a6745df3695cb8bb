import "server-only";
import type { Db } from "@/db/client";
import type { BlobStore } from "@/lib/storage/blob-store";
import { pruneThrottle } from "@/lib/services/auth/throttle";
import { releaseDueDecisions } from "@/lib/services/decisions/undo-window";
import { sweepBlobs } from "@/lib/services/blobs/sweep-blobs";

// The background process `npm start` runs beside the console: work that may take long or crash
// (demo data, document reading, clean-up) never runs in the process that serves reviewers.

const HOUR = 60 * 60 * 1000;

export interface WorkerTask {
  name: string;
  /** Runs once at start, then every `everyMs` (never overlapping itself). */
  run: () => Promise<void>;
  everyMs?: number;
}

export interface WorkerOptions {
  db: Db;
  store: BlobStore;
  /** Runs first, before the periodic tasks (the demo data, in demo mode). */
  first?: WorkerTask[];
  extra?: WorkerTask[];
  log?: (line: string) => void;
}

export function blobSweepTask(db: Db, store: BlobStore, log: (line: string) => void): WorkerTask {
  return {
    name: "gc-blobs",
    everyMs: HOUR,
    run: async () => {
      const result = await sweepBlobs(db, store);
      if (result.deleted > 0)
        log(
          `gc-blobs: deleted ${result.deleted} unreferenced blobs (${(result.bytesFreed / 1024 / 1024).toFixed(1)} MB) of ${result.scanned}`,
        );
    },
  };
}

/** Held decisions whose undo window closed are recorded as released (and audited) every few seconds. */
export function releaseTask(db: Db, log: (line: string) => void): WorkerTask {
  return {
    name: "release held decisions",
    everyMs: 5000,
    run: async () => {
      const released = releaseDueDecisions({ db });
      if (released > 0) log(`released ${released} held decision(s)`);
    },
  };
}

/** Sign-in counters of closed windows (every unknown e-mail tried leaves one) go after a day. */
export function throttlePruneTask(db: Db): WorkerTask {
  return { name: "prune sign-in counters", everyMs: HOUR, run: async () => void pruneThrottle(db) };
}

/** Runs the tasks until the process ends; a failing task is logged and tried again next round. */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  for (const task of options.first ?? []) await runLogged(task, log);
  const periodic = [
    releaseTask(options.db, log),
    blobSweepTask(options.db, options.store, log),
    throttlePruneTask(options.db),
    ...(options.extra ?? []),
  ];
  for (const task of periodic) void loop(task, log);
}

async function runLogged(task: WorkerTask, log: (line: string) => void): Promise<void> {
  try {
    await task.run();
  } catch (error) {
    log(`${task.name} failed: ${(error as Error).stack ?? error}`);
  }
}

async function loop(task: WorkerTask, log: (line: string) => void): Promise<void> {
  for (;;) {
    await runLogged(task, log);
    if (!task.everyMs) return;
    await new Promise((resolve) => setTimeout(resolve, task.everyMs));
  }
}
