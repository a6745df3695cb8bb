import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { deleteLeases, ingestLeased, insertLeases, referencedBlobs, sweepClaimed } from "@/db/queries/blob-leases";

// The handshake between ingestion and the blob sweeper (see blob_leases in db/schema.ts).

/** An ingestion's lease outlives any request; a crashed one stops protecting after this. */
export const INGEST_LEASE_MS = 60 * 60 * 1000;
/** A sweep deletes a batch in milliseconds; a crashed sweeper's claims lapse after this. */
export const SWEEP_CLAIM_MS = 5 * 60 * 1000;
const WAIT_STEP_MS = 25;

export function newLeaseOwner(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(6).toString("hex")}`;
}

/**
 * Leases the blobs an ingestion is about to store. Waits while a sweeper is deleting any of
 * them: once this returns, no sweep can delete them until the lease is released.
 */
export async function leaseForIngest(db: Db, shas: readonly string[], owner: string, now: () => number = Date.now): Promise<void> {
  for (;;) {
    const leased = db.transaction(
      (tx) => {
        const at = now();
        if (sweepClaimed(tx, shas, at).length > 0) return false;
        insertLeases(tx, shas, owner, "ingest", at + INGEST_LEASE_MS);
        return true;
      },
      { behavior: "immediate" },
    );
    if (leased) return;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}

export function releaseLeases(db: Db, owner: string): void {
  deleteLeases(db, owner);
}

/**
 * Claims, for deletion, the blobs among `shas` that no material names and no ingestion has
 * leased. One immediate transaction, so no lease can slip in between the check and the claim.
 */
export function claimForSweep(db: Db, shas: readonly string[], owner: string, now: number): string[] {
  return db.transaction(
    (tx) => {
      const referenced = referencedBlobs(tx, shas);
      const leased = ingestLeased(tx, shas, now);
      const doomed = shas.filter((sha) => !referenced.has(sha) && !leased.has(sha));
      if (doomed.length > 0) insertLeases(tx, doomed, owner, "sweep", now + SWEEP_CLAIM_MS);
      return doomed;
    },
    { behavior: "immediate" },
  );
}
