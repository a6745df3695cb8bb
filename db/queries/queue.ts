import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { effectiveDir, type QueueParams } from "@/lib/domain/queue/params";
import type { Db } from "@/db/client";
import { filings, users } from "@/db/schema";
import { countLiveClaims, countUnclaimedView, filingExists, filingIdExists, sumFilingCounts } from "@/db/queries/filing-summaries";
import { Binds, preparedOnce } from "@/db/queries/prepared-once";
import {
  hasOnlyFacets,
  keysetFilter,
  looksLikeOrderNumber,
  queueFilter,
  queueOrder,
  queueSortKeys,
  type FilterContext,
  type FilterOptions,
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
  const options = searchOptions(db, params);
  const { total, totalCapped } = queueTotal(db, params, ctx, options);
  const anchor = cursor && params.page > 1 ? ("after" in cursor ? cursor.after : cursor.before) : undefined;
  const byOffset = () => {
    const rows = selectRows(db, params, ctx, options, { offset: (params.page - 1) * params.perPage });
    return { rows: rows.slice(0, params.perPage), total, totalCapped, hasMore: rows.length > params.perPage, page: params.page };
  };
  if (!cursor || anchor === undefined) return byOffset();
  // The anchor filing gone (no rows found from it): the page by its number.
  const gone = (rows: QueueRow[]) => rows.length === 0 && !filingIdExists(db, anchor);
  if ("after" in cursor) {
    const rows = selectRows(db, params, ctx, options, { anchor, toward: "after" });
    if (gone(rows)) return byOffset();
    return { rows: rows.slice(0, params.perPage), total, totalCapped, hasMore: rows.length > params.perPage, page: params.page };
  }
  // Backwards: the perPage rows before the anchor, read in reverse order and turned around.
  const before = selectRows(db, params, ctx, options, { anchor, toward: "before" });
  if (gone(before)) return byOffset();
  if (before.length <= params.perPage) {
    // Nothing before these rows: this is the first page, whatever the URL said.
    const rows = selectRows(db, params, ctx, options, { offset: 0 });
    return { rows: rows.slice(0, params.perPage), total, totalCapped, hasMore: rows.length > params.perPage, page: 1 };
  }
  return { rows: before.slice(0, params.perPage).reverse(), total, totalCapped, hasMore: true, page: params.page };
}

/**
 * perPage + 1 rows in the view's order from `offset`, or after/before the anchor's sort key (read
 * in reverse order when before).
 *
 * After an anchor (a filing, whose sort key the statements read themselves), level by level:
 * first the rows tied with it on every sort key but the last and
 * past it on that one, then tied on all but the last two and past it on the next, and so on, each
 * level an index seek read only while the page is not full. One condition for "after the anchor"
 * lets SQLite seek on the first sort key only and walk every row tied with the anchor on it (the
 * bulk import gives two thirds of 100 000 filings one SLA deadline: page 1 000 read 1.6 ms of ties).
 */
function selectRows(
  db: Db,
  params: QueueParams,
  ctx: FilterContext,
  options: FilterOptions,
  page: { offset: number } | { anchor: number; toward: "after" | "before" },
): QueueRow[] {
  if ("offset" in page) return selectLevel(db, params, ctx, options, page);
  // The levels read one snapshot: a write between two of them (the anchor decided, say) must not
  // make a page repeat or skip rows.
  return db.$client.transaction(() => {
    const rows: QueueRow[] = [];
    for (let level = queueSortKeys(params).length - 1; level >= 0 && rows.length <= params.perPage; level--)
      rows.push(...selectLevel(db, params, ctx, options, { ...page, level, limit: params.perPage + 1 - rows.length }));
    return rows;
  })();
}

/** One statement of selectRows: from `offset`, or one level past the anchor (`limit` rows at most). */
function selectLevel(
  db: Db,
  params: QueueParams,
  ctx: FilterContext,
  options: FilterOptions,
  page: { offset: number } | { anchor: number; toward: "after" | "before"; level: number; limit: number },
): QueueRow[] {
  const b = new Binds();
  const now = b.bind("now", ctx.now);
  const filters = queueFilter(params, ctx, options, b);
  const keyset = "anchor" in page ? keysetFilter(queueSortKeys(params), page.anchor, page.toward, page.level, b) : undefined;
  const limit = b.bind("limit", "limit" in page ? page.limit : params.perPage + 1);
  const offset = "offset" in page && page.offset > 0 ? b.bind("offset", page.offset) : undefined;
  const reverse = "toward" in page && page.toward === "before";
  const key = `queue-rows|${params.sort}|${effectiveDir(params)}|${reverse}|${"level" in page ? page.level : ""}|${b.shape}`;
  const statement = preparedOnce(db, key, () => {
    const query = db
      .select(rowFields(now))
      .from(filings)
      .leftJoin(holders, eq(holders.id, filings.claimedBy))
      .where(keyset ? and(filters(), keyset()) : filters())
      .orderBy(...queueOrder(params, { reverse, sortAfter: options.wholeOrderNumber }))
      .limit(limit);
    return offset === undefined ? query : query.offset(offset);
  });
  // Raw rows turned into objects here: drizzle's per-field mapping cost more than the query.
  return statement.rows(b.values).map(toQueueRow);
}

/** The columns of a queue row; toQueueRow reads them back by position, in this order. */
function rowFields(now: unknown) {
  const claimActive = sql<boolean>`${filings.claimExpiresAt} > ${now}`;
  return {
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
  } satisfies Record<keyof QueueRow, unknown>;
}

/** A raw row (columns in rowFields order) as a QueueRow; an object literal, so every row shares one shape. */
function toQueueRow(v: unknown[]): QueueRow {
  return {
    id: v[0],
    externalId: v[1],
    revision: v[2],
    type: v[3],
    province: v[4],
    subjectKind: v[5],
    subjectName: v[6],
    certificateNumber: v[7],
    errorCount: v[8],
    warningCount: v[9],
    worstSeverity: v[10],
    submittedAt: v[11],
    slaDueAt: v[12],
    status: v[13],
    documentCheck: v[14],
    holderEmail: v[15],
    holderName: v[16],
  } as QueueRow;
}

/**
 * Equality filters only: the maintained counts, less the live claims the view hides (a handful
 * of rows through their own index). Searches and date ranges: an exact count up to the cap.
 */
function queueTotal(db: Db, params: QueueParams, ctx: FilterContext, options: FilterOptions): { total: number; totalCapped: boolean } {
  if (!hasOnlyFacets(params)) {
    const b = new Binds();
    const where = queueFilter(params, ctx, options, b);
    const cap = b.bind("cap", QUEUE_TOTAL_CAP + 1);
    const statement = preparedOnce(db, `queue-count|${b.shape}`, () => {
      const matches = db
        .select({ one: sql`1` })
        .from(filings)
        .where(where())
        .limit(cap)
        .as("matches");
      return db.select({ n: count() }).from(matches);
    });
    const n = Number(statement.value(b.values) ?? 0);
    return { total: Math.min(n, QUEUE_TOTAL_CAP), totalCapped: n > QUEUE_TOTAL_CAP };
  }
  if (params.assignee === "me") return { total: countLiveClaims(db, params, ctx.now, { holder: ctx.userId }), totalCapped: false };
  if (params.assignee === "any") return { total: sumFilingCounts(db, params), totalCapped: false };
  // Unassigned hides every live claim; the default view hides other reviewers' live claims.
  const who = params.assignee === "unassigned" ? {} : { except: ctx.userId };
  return { total: countUnclaimedView(db, params, ctx.now, who), totalCapped: false };
}

/** How the view's search matches (claim-next must match as the view does). */
export function searchOptions(db: Db, params: QueueParams): FilterOptions {
  return { wholeOrderNumber: params.q !== undefined && looksLikeOrderNumber(params.q) && filingExists(db, params.q) };
}
