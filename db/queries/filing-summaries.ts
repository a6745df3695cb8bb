import "server-only";
import { and, asc, count, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { filingCounts, filings } from "@/db/schema";

export function countFilings(db: Db): number {
  return db.select({ n: count() }).from(filings).get()?.n ?? 0;
}

export function filingExists(db: Db, externalId: string): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(filings)
      .where(eq(filings.externalId, externalId))
      .get() !== undefined
  );
}

/** Pending filings, oldest deadline first, with their current revision. */
export function listPendingBySla(db: Db) {
  return db
    .select({ id: filings.id, submittedAt: filings.submittedAt, revisionId: filings.currentRevisionId })
    .from(filings)
    .where(eq(filings.status, "pending"))
    .orderBy(asc(filings.slaDueAt), asc(filings.id))
    .all();
}

/** Filings counted by the triggers on filings (migration 0008), summed over the combinations matching `conditions`. */
export function sumFilingCounts(db: Db, conditions: SQL[]): number {
  return (
    db
      .select({ n: sql<number>`coalesce(sum(${filingCounts.n}), 0)` })
      .from(filingCounts)
      .where(and(...conditions))
      .get()?.n ?? 0
  );
}

/**
 * Live claims (unexpired) among the filings matching `conditions`: all of them, only `holder`'s,
 * or everyone's but `except`'s. Read through the partial index of live claims, which holds a few
 * rows per reviewer whatever the size of the queue; the planner is told so, as it cannot know.
 */
export function countLiveClaims(db: Db, conditions: SQL[], now: number, who: { holder?: number; except?: number } = {}): number {
  return (
    db
      .select({ n: count() })
      .from(sql`${filings} INDEXED BY filings_live_claims_idx`)
      .where(
        and(
          sql`${filings.claimedBy} IS NOT NULL`,
          gt(filings.claimExpiresAt, now),
          who.holder !== undefined ? eq(filings.claimedBy, who.holder) : undefined,
          who.except !== undefined ? ne(filings.claimedBy, who.except) : undefined,
          ...conditions,
        ),
      )
      .get()?.n ?? 0
  );
}
