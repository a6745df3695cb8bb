import "server-only";
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { QueueParams } from "@/lib/domain/queue/params";
import type { Db } from "@/db/client";
import { filingCounts, filings, users } from "@/db/schema";
import { countLiveClaims, sumFilingCounts } from "@/db/queries/filing-summaries";
import {
  facetConditions,
  hasOnlyFacets,
  keysetCondition,
  queueOrder,
  queueSortKeys,
  queueWhere,
  type FilterContext,
} from "@/db/queries/queue-filters";

const holders = alias(users, "holders");

/**
 * Searches and date ranges are counted exactly up to here and shown as "10000+" beyond: their
 * matches have no maintained count, and a count past this only tells a reviewer to narrow it.
 */
export const QUEUE_TOTAL_CAP = 10_000;

export interface QueueRow {
  id: number;
  externalId: string;
  revision: number;
  type: string;
  province: string;
  subjectKind: string;
  subjectName: string;
  certificateNumber: string;
  errorCount: number;
  warningCount: number;
  worstSeverity: number;
  submittedAt: number;
  slaDueAt: number;
  status: string;
  documentCheck: "pending" | "done" | "failed";
  holderEmail: string | null;
  holderName: string | null;
}

/** Keyset position: the page starts right after (or ends right before) the filing with this id. */
export type QueueCursor = { after: number } | { before: number };

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  /** The total reached QUEUE_TOTAL_CAP: there are at least that many. */
  totalCapped: boolean;
  /** Rows follow this page (one more row was read to know). */
  hasMore: boolean;
  /** The page these rows are: the requested one, or 1 when a "before" cursor ran into the start. */
  page: number;
}

/**
 * One page of the queue and the number of filings matching the filters. Reads summary columns only.
 * With a cursor the page is found by its neighbour's sort key (an index seek), so page 1 000 costs
 * what page 1 costs; without one, by OFFSET (a typed-in page number).
 */
export function getQueue(db: Db, params: QueueParams, ctx: FilterContext, cursor?: QueueCursor): QueuePage {
  const where = queueWhere(params, ctx);
  const { total, totalCapped } = queueTotal(db, params, ctx, where);
  const anchor = cursor && params.page > 1 ? sortAnchor(db, params, "after" in cursor ? cursor.after : cursor.before) : undefined;
  if (!cursor || !anchor) {
    const rows = selectRows(db, params, ctx, where, { offset: (params.page - 1) * params.perPage });
    return { rows: rows.slice(0, params.perPage), total, totalCapped, hasMore: rows.length > params.perPage, page: params.page };
  }
  const keys = queueSortKeys(params);
  if ("after" in cursor) {
    const rows = selectRows(db, params, ctx, and(where, keysetCondition(keys, anchor, "after")));
    return { rows: rows.slice(0, params.perPage), total, totalCapped, hasMore: rows.length > params.perPage, page: params.page };
  }
  // Backwards: the perPage rows before the anchor, read in reverse order and turned around.
  const before = selectRows(db, params, ctx, and(where, keysetCondition(keys, anchor, "before")), { reverse: true });
  if (before.length <= params.perPage) {
    // Nothing before these rows: this is the first page, whatever the URL said.
    const rows = selectRows(db, params, ctx, where, { offset: 0 });
    return { rows: rows.slice(0, params.perPage), total, totalCapped, hasMore: rows.length > params.perPage, page: 1 };
  }
  return { rows: before.slice(0, params.perPage).reverse(), total, totalCapped, hasMore: true, page: params.page };
}

/** perPage + 1 rows in the view's order (or reversed), from `offset`. */
function selectRows(
  db: Db,
  params: QueueParams,
  ctx: FilterContext,
  where: SQL | undefined,
  options: { offset?: number; reverse?: boolean } = {},
): QueueRow[] {
  const claimActive = sql<boolean>`${filings.claimExpiresAt} > ${ctx.now}`;
  const query = db
    .select({
      id: filings.id,
      externalId: filings.externalId,
      revision: filings.currentRevision,
      type: filings.type,
      province: filings.province,
      subjectKind: filings.subjectKind,
      subjectName: filings.subjectName,
      certificateNumber: filings.certificateNumber,
      errorCount: filings.errorCount,
      warningCount: filings.warningCount,
      worstSeverity: filings.worstSeverity,
      submittedAt: filings.submittedAt,
      slaDueAt: filings.slaDueAt,
      status: filings.status,
      documentCheck: filings.documentCheck,
      holderEmail: sql<string | null>`CASE WHEN ${claimActive} THEN ${holders.email} END`,
      holderName: sql<string | null>`CASE WHEN ${claimActive} THEN ${holders.name} END`,
    })
    .from(filings)
    .leftJoin(holders, eq(holders.id, filings.claimedBy))
    .where(where)
    .orderBy(...queueOrder(params, { reverse: options.reverse }))
    .limit(params.perPage + 1);
  return options.offset ? query.offset(options.offset).all() : query.all();
}

/** The sort-key values of the cursor's filing, in queueSortKeys order; undefined if it is gone. */
function sortAnchor(db: Db, params: QueueParams, id: number): unknown[] | undefined {
  const keys = queueSortKeys(params);
  const row = db
    .select(Object.fromEntries(keys.map((k, i) => [`k${i}`, k.column])))
    .from(filings)
    .where(eq(filings.id, id))
    .get();
  return row ? keys.map((_, i) => row[`k${i}`]) : undefined;
}

/**
 * Equality filters only: the maintained counts, less the live claims the view hides (a handful
 * of rows through their own index). Searches and date ranges: an exact count up to the cap.
 */
function queueTotal(db: Db, params: QueueParams, ctx: FilterContext, where: SQL | undefined): { total: number; totalCapped: boolean } {
  if (!hasOnlyFacets(params)) {
    const matches = db
      .select({ one: sql`1` })
      .from(filings)
      .where(where)
      .limit(QUEUE_TOTAL_CAP + 1)
      .as("matches");
    const n = db.select({ n: count() }).from(matches).get()?.n ?? 0;
    return { total: Math.min(n, QUEUE_TOTAL_CAP), totalCapped: n > QUEUE_TOTAL_CAP };
  }
  const facets = facetConditions(params);
  if (params.assignee === "me") return { total: countLiveClaims(db, facets, ctx.now, { holder: ctx.userId }), totalCapped: false };
  const all = sumFilingCounts(db, facetConditions(params, filingCounts));
  if (params.assignee === "any") return { total: all, totalCapped: false };
  // Unassigned hides every live claim; the default view hides other reviewers' live claims.
  const hidden = countLiveClaims(db, facets, ctx.now, params.assignee === "unassigned" ? {} : { except: ctx.userId });
  return { total: all - hidden, totalCapped: false };
}
