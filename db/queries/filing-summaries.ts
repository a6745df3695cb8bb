import "server-only";
import { and, asc, count, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { filingCounts, filings } from "@/db/schema";
import type { QueueParams } from "@/lib/domain/queue/params";
import { Binds, preparedOnce } from "@/db/queries/prepared-once";
import { facetFilters } from "@/db/queries/queue-filters";

export function countFilings(db: Db): number {
  return db.select({ n: count() }).from(filings).get()?.n ?? 0;
}

/** Whether a filing has this order number (an index seek; prepared once per connection). */
export function filingExists(db: Db, externalId: string): boolean {
  return anyFiling(db, "externalId", externalId);
}

/** Whether a filing with this id exists. */
export function filingIdExists(db: Db, id: number): boolean {
  return anyFiling(db, "id", id);
}

function anyFiling(db: Db, by: "externalId" | "id", value: string | number): boolean {
  const b = new Binds();
  const bound = b.bind(by, value);
  const statement = preparedOnce(db, `filing-exists|${by}`, () =>
    db
      .select({ one: sql<number>`1` })
      .from(filings)
      .where(eq(by === "id" ? filings.id : filings.externalId, bound)),
  );
  return statement.rows(b.values).length > 0;
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

/** The facet value of filing_counts' per-status rollup rows (migration 0009). */
const ROLLUP = "*";

type Who = { holder?: number; except?: number };

/**
 * Filings counted by the triggers on filings (migrations 0008, 0009), summed over the combinations
 * matching the view's facets. A view filtered by status alone reads the status's rollup row(s);
 * any other facet excludes the rollups by its own condition (no province, type, kind, severity or
 * document check is "*" or -1).
 */
export function sumFilingCounts(db: Db, params: QueueParams): number {
  const b = new Binds();
  const sum = maintainedSum(db, params, b);
  return Number(preparedOnce(db, `filing-counts|${b.shape}`, sum).value(b.values) ?? 0);
}

/**
 * Live claims (unexpired) among the filings matching the view's facets: all of them, only
 * `holder`'s, or everyone's but `except`'s.
 */
export function countLiveClaims(db: Db, params: QueueParams, now: number, who: Who = {}): number {
  const b = new Binds();
  const live = liveClaims(db, params, now, who, b);
  return Number(preparedOnce(db, `live-claims|${b.shape}`, live).value(b.values) ?? 0);
}

/**
 * sumFilingCounts less countLiveClaims, in one statement: the total of a view that hides live
 * claims (the default view hides other reviewers', "unassigned" everyone's).
 */
export function countUnclaimedView(db: Db, params: QueueParams, now: number, who: Who = {}): number {
  const b = new Binds();
  // Both parts bind their values here, before the cache is asked: a prepared shape needs only them.
  const live = liveClaims(db, params, now, who, b);
  const sum = maintainedSum(db, params, b, (s) => sql`${s} - ${live()}`);
  return Number(preparedOnce(db, `unclaimed-view|${b.shape}`, sum).value(b.values) ?? 0);
}

/** The sum's statement, with its values bound now (Deferred, as in queue-filters); `adjust` wraps the selected sum. */
function maintainedSum(db: Db, params: QueueParams, b: Binds, adjust: (sum: SQL) => SQL = (sum) => sum) {
  const filters = facetFilters(params, filingCounts, b);
  if (statusOnly(params)) {
    const rollup = b.bind("rollup", ROLLUP);
    filters.push(() => eq(filingCounts.province, rollup));
  }
  return () =>
    db
      .select({ n: adjust(sql<number>`coalesce(sum(${filingCounts.n}), 0)`) })
      .from(filingCounts)
      .where(and(...filters.map((filter) => filter())));
}

function statusOnly(params: QueueParams): boolean {
  return params.province.length === 0 && params.type.length === 0 && params.kind.length === 0 && !params.severity && !params.documentCheck;
}

/**
 * The live-claims count's statement, values bound now. Read through the partial index of live
 * claims, which holds a few rows per reviewer whatever the size of the queue; the planner is told
 * so, as it cannot know.
 */
function liveClaims(db: Db, params: QueueParams, now: number, who: Who, b: Binds) {
  const liveAt = b.bind("now", now);
  const holder = who.holder !== undefined ? b.bind("holder", who.holder) : undefined;
  const except = who.except !== undefined ? b.bind("except", who.except) : undefined;
  const filters = facetFilters(params, filings, b);
  return () =>
    db
      .select({ n: count() })
      .from(sql`${filings} INDEXED BY filings_live_claims_idx`)
      .where(
        and(
          sql`${filings.claimedBy} IS NOT NULL`,
          gt(filings.claimExpiresAt, liveAt),
          holder !== undefined ? eq(filings.claimedBy, holder) : undefined,
          except !== undefined ? ne(filings.claimedBy, except) : undefined,
          ...filters.map((filter) => filter()),
        ),
      );
}
