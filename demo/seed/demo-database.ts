import "server-only";
import type { Db } from "@/db/client";
import { countFilings, filingExists } from "@/db/queries/filing-summaries";
import { getDemoSeedState, setDatabaseMode, setDemoSeedState, type DemoSeedState } from "@/db/queries/meta";
import type { BlobStore } from "@/lib/storage/blob-store";
import { BULK_THRESHOLD, seedBulkFilings } from "@/demo/seed/bulk-filings";
import { createDemoAccounts } from "@/demo/seed/demo-accounts";
import { seedDemoDecisions } from "@/demo/seed/demo-decisions";
import { seedDemoFilings } from "@/demo/seed/demo-filings";

// The demo's first start: accounts at once (sign-in works within seconds), filings afterwards
// in the background process. The plan is stored in the database, so a restart, a second
// `npm start` or a crash resumes the same filings instead of starting over or doubling them.

/** Before the console serves: the demo accounts and the plan of the demo data. */
export async function prepareDemo(db: Db, options: { filings: number; now?: number }): Promise<DemoSeedState> {
  setDatabaseMode(db, "demo");
  await createDemoAccounts(db);
  const existing = getDemoSeedState(db);
  if (existing) return existing;
  const plan: DemoSeedState = {
    total: options.filings,
    now: options.now ?? Date.now(),
    done: 0,
    state: options.filings > 0 ? "filings" : "done",
  };
  setDemoSeedState(db, plan);
  return plan;
}

/**
 * Stores the planned filings that are missing (through ingestFiling, or the bulk path for large
 * demos), then the decision history, updating the visible progress as it goes.
 */
export async function seedDemoData(
  db: Db,
  options: { store?: BlobStore; onProgress?: (state: DemoSeedState) => void } = {},
): Promise<DemoSeedState> {
  let plan = getDemoSeedState(db);
  if (!plan || plan.state === "done") return plan ?? { total: 0, now: Date.now(), done: 0, state: "done" };
  const save = (next: DemoSeedState) => {
    plan = next;
    setDemoSeedState(db, next);
    options.onProgress?.(next);
  };
  if (plan.state === "filings") {
    const { total, now } = plan;
    const onProgress = (done: number) => save({ ...plan!, done });
    if (total > BULK_THRESHOLD) {
      // Bulk batches commit whole: resume after the filings already there.
      const offset = countFilings(db);
      if (offset < total)
        await seedBulkFilings(db, {
          count: total - offset,
          offset,
          now,
          store: options.store,
          onProgress: (done) => onProgress(offset + done),
        });
    } else {
      await seedDemoFilings(db, { count: total, now, store: options.store, exists: (id) => filingExists(db, id), onProgress });
    }
    save({ ...plan, done: total, state: "decisions" });
  }
  seedDemoDecisions(db, { now: plan.now });
  save({ ...plan, state: "done" });
  return plan;
}

/** The whole demo database at once, for tests and the benchmark. */
export async function createDemoDatabase(db: Db, options: { filings: number; store?: BlobStore; now?: number }): Promise<void> {
  await prepareDemo(db, options);
  await seedDemoData(db, { store: options.store });
}
