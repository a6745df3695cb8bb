import "server-only";
import type { Db } from "@/db/client";
import { deleteExpiredLeases } from "@/db/queries/blob-leases";
import type { BlobStore } from "@/lib/storage/blob-store";
import { claimForSweep, newLeaseOwner, releaseLeases } from "@/lib/services/blobs/blob-leases";

/** A blob younger than this is never swept: an upload in flight may be about to name it. */
export const SWEEP_MIN_AGE_MS = 60 * 60 * 1000;
const BATCH = 500;

export interface SweepResult {
  scanned: number;
  /** Old enough to be considered. */
  candidates: number;
  deleted: number;
  bytesFreed: number;
}

/**
 * Deletes document blobs that no row names, that are older than an hour and that no ingestion
 * has leased: what failed or abandoned uploads left behind. Safe while the console serves.
 */
export async function sweepBlobs(db: Db, store: BlobStore, options: { now?: number; minAgeMs?: number } = {}): Promise<SweepResult> {
  const now = options.now ?? Date.now();
  const minAge = options.minAgeMs ?? SWEEP_MIN_AGE_MS;
  deleteExpiredLeases(db, now);
  const result: SweepResult = { scanned: 0, candidates: 0, deleted: 0, bytesFreed: 0 };
  const sizes = new Map<string, number>();
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const owner = newLeaseOwner("sweep");
    try {
      for (const sha of claimForSweep(db, batch, owner, Date.now())) {
        await store.delete(sha);
        result.deleted += 1;
        result.bytesFreed += sizes.get(sha) ?? 0;
      }
    } finally {
      releaseLeases(db, owner);
    }
    batch = [];
    sizes.clear();
  };
  for await (const blob of store.list()) {
    result.scanned += 1;
    if (now - blob.modifiedAt < minAge) continue;
    result.candidates += 1;
    batch.push(blob.sha256);
    sizes.set(blob.sha256, blob.size);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return result;
}
