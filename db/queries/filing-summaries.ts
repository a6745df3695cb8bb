import "server-only";
import { and, asc, count, eq, gt, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { filingCounts, filings } from "@/db/schema";
import type { QueueParams } from "@/lib/domain/queue/params";
import { Binds, preparedOnce } from "@/db/queries/prepared-once";
import { facetConditions } from "@/db/queries/queue-filters";

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

/** Filings counted by the triggers on filings (migration 0008), summed over the combinations matching the view's facets. */
export function sumFilingCounts(db: Db, params: QueueParams): number {
  const b = new Binds();
  const conditions = facetConditions(params, filingCounts, b);
  const statement = preparedOnce(db, `filing-counts|${b.shape}`, () =>
    db
      .select({ n: sql<number>`coalesce(sum(${filingCounts.n}), 0)` })
      .from(filingCounts)
      .where(and(...conditions)),
  );
  return Number(statement.value(b.values) ?? 0);
}

/**
 * Live claims (unexpired) among the filings matching `conditions`: all of them, only `holder`'s,
 * or everyone's but `except`'s. Read through the partial index of live claims, which holds a few
 * rows per reviewer whatever the size of the queue; the planner is told so, as it cannot know.
 */
export function countLiveClaims(db: Db, params: QueueParams, now: number, who: { holder?: number; except?: number } = {}): number {
  const b = new Binds();
  const live = gt(filings.claimExpiresAt, b.bind("now", now));
  const holder = who.holder !== undefined ? eq(filings.claimedBy, b.bind("holder", who.holder)) : undefined;
  const except = who.except !== undefined ? ne(filings.claimedBy, b.bind("except", who.except)) : undefined;
  const conditions = facetConditions(params, filings, b);
  const statement = preparedOnce(db, `live-claims|${b.shape}`, () =>
    db
      .select({ n: count() })
      .from(sql`${filings} INDEXED BY filings_live_claims_idx`)
      .where(and(sql`${filings.claimedBy} IS NOT NULL`, live, holder, except, ...conditions)),
  );
  return Number(statement.value(b.values) ?? 0);
}
