import "server-only";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { filings } from "@/db/schema";
import { unclaimed } from "./queue-filters";

// The conditional UPDATEs behind claims: each changes a row only if the claim is still free
// (or the caller's), so the changed-row count says who won. Durations and who may release
// whom are lib/services/claims' rules.

/** Claims the oldest (by SLA) unclaimed pending filing matching `where`; its id, or null. */
export function claimOldestUnclaimed(tx: Tx, where: SQL | undefined, holderId: number, now: number, expiresAt: number): number | null {
  const candidate = tx
    .select({ id: filings.id })
    .from(filings)
    .where(and(where, unclaimed(now)))
    // "Oldest by SLA" whatever the view is sorted by: a reviewer sorting by newest must not
    // be able to skip the filings closest to their deadline.
    .orderBy(asc(filings.slaDueAt), asc(filings.id))
    .limit(1);
  const claimed = tx
    .update(filings)
    .set({ claimedBy: holderId, claimedAt: now, claimExpiresAt: expiresAt, version: sql`${filings.version} + 1` })
    .where(and(sql`${filings.id} = (${candidate})`, eq(filings.status, "pending"), unclaimed(now)))
    .returning({ id: filings.id })
    .get();
  return claimed?.id ?? null;
}

/** Claims one pending filing if it is free, or renews the holder's own live claim (keeping its start). */
export function claimOrRenew(tx: Tx, filingId: number, holderId: number, now: number, expiresAt: number): boolean {
  return (
    tx
      .update(filings)
      .set({
        claimedBy: holderId,
        claimedAt: sql`CASE WHEN ${filings.claimedBy} = ${holderId} AND ${filings.claimExpiresAt} > ${now} THEN ${filings.claimedAt} ELSE ${now} END`,
        claimExpiresAt: expiresAt,
        version: sql`${filings.version} + 1`,
      })
      .where(and(eq(filings.id, filingId), eq(filings.status, "pending"), sql`(${unclaimed(now)} OR ${filings.claimedBy} = ${holderId})`))
      .run().changes === 1
  );
}

export function getClaimState(tx: Tx | Db, filingId: number) {
  return tx
    .select({ status: filings.status, claimedBy: filings.claimedBy, claimExpiresAt: filings.claimExpiresAt })
    .from(filings)
    .where(eq(filings.id, filingId))
    .get();
}

/** Extends a live claim of this holder; never resurrects an expired one. */
export function extendClaim(db: Db, filingId: number, holderId: number, now: number, expiresAt: number): boolean {
  return (
    db
      .update(filings)
      .set({ claimExpiresAt: expiresAt })
      .where(and(eq(filings.id, filingId), eq(filings.claimedBy, holderId), gt(filings.claimExpiresAt, now), eq(filings.status, "pending")))
      .run().changes === 1
  );
}

/** Clears a claim: anyone's when `holderId` is null, else only that holder's. */
export function clearClaim(tx: Tx, filingId: number, holderId: number | null): boolean {
  const ownership = holderId === null ? sql`1 = 1` : eq(filings.claimedBy, holderId);
  return (
    tx
      .update(filings)
      .set({ claimedBy: null, claimedAt: null, claimExpiresAt: null, version: sql`${filings.version} + 1` })
      .where(and(eq(filings.id, filingId), sql`${filings.claimedBy} IS NOT NULL`, ownership))
      .run().changes === 1
  );
}
