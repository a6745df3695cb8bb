import "server-only";
import type { BlobStore } from "@/lib/storage/blob-store";
import type { Db } from "../client";
import { markDemoDatabase } from "../queries/meta";
import { createDemoAccounts } from "./demo-accounts";
import { BULK_THRESHOLD, seedBulkFilings } from "./bulk-filings";
import { seedDemoDecisions } from "./demo-decisions";
import { seedDemoFilings } from "./demo-filings";

export interface DemoDatabaseOptions {
  /** Synthetic filings to seed (through ingestFiling; bulk mode above BULK_THRESHOLD). */
  filings: number;
  /** Default: getBlobStore() (UPLOADS_DIR). */
  store?: BlobStore;
  now?: number;
}

export async function createDemoDatabase(db: Db, options: DemoDatabaseOptions): Promise<void> {
  await createDemoAccounts(db);
  markDemoDatabase(db);
  if (options.filings <= 0) return;
  const seed = { count: options.filings, store: options.store, now: options.now };
  if (options.filings > BULK_THRESHOLD) await seedBulkFilings(db, seed);
  else await seedDemoFilings(db, seed);
  seedDemoDecisions(db, { now: options.now });
}
