import { migrateDatabase, openDatabase } from "@/db/client";
import { setDatabaseMode } from "@/db/queries/meta";
import { seedBulkFilings } from "@/demo/seed/bulk-filings";
import { createDemoAccounts } from "@/demo/seed/demo-accounts";
import { seedReasonCatalog } from "@/db/queries/reasons";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { elapsedMs, round } from "@/bench/lib/stats";
import type { Workdir } from "@/bench/lib/workdir";

/** Step 1: a migrated demo database (accounts, reasons) plus N filings through the bulk path. */
export async function runSeed(work: Workdir, count: number, now: number): Promise<{ seedSeconds: number }> {
  prepareDatabase(work);
  return seedMore(work, { count, offset: 0, now });
}

export function prepareDatabase(work: Workdir): void {
  const db = openDatabase(work.dbPath);
  try {
    migrateDatabase(db);
    seedReasonCatalog(db);
    setDatabaseMode(db, "demo");
  } finally {
    db.$client.close();
  }
}

/** `count` more filings after the first `offset` (the curve grows one database); only seedBulkFilings is timed. */
export async function seedMore(work: Workdir, options: { count: number; offset: number; now: number }): Promise<{ seedSeconds: number }> {
  const db = openDatabase(work.dbPath);
  try {
    if (options.offset === 0) await createDemoAccounts(db);
    const store = createLocalDiskStore(work.uploadsDir);
    const start = process.hrtime.bigint();
    const seeded = await seedBulkFilings(db, { count: options.count, offset: options.offset, now: options.now, store });
    const seconds = elapsedMs(start) / 1000;
    if (seeded.count !== options.count) throw new Error(`bulk seed stored ${seeded.count} filings, expected ${options.count}`);
    return { seedSeconds: round(seconds, 1) };
  } finally {
    db.$client.close();
  }
}
