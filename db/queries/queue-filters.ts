import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { effectiveDir, type QueueParams } from "@/lib/domain/queue/params";
import { filingContacts, filings, SEVERITY_RANK } from "@/db/schema";
import { phoneKey } from "@/lib/domain/rules/validators/phone";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { chinaDayRange } from "@/lib/domain/time/china-time";
import { inline, type Binder } from "@/db/queries/prepared-once";

/** A claim counts only until it expires; an expired claim is free again. */
export function activeClaim(now: number | Placeholder): SQL {
  return and(sql`${filings.claimedBy} IS NOT NULL`, gt(filings.claimExpiresAt, now))!;
}

/** `now` is a time or the placeholder a Binder made for it. */
export function unclaimed(now: number | Placeholder): SQL {
  return or(isNull(filings.claimedBy), lte(filings.claimExpiresAt, now))!;
}

/**
 * A condition whose values are bound at once and whose SQL is built only when called. The queue's
 * statements are prepared once per shape (db/queries/prepared-once.ts): a call whose shape is
 * already prepared needs only the values, and building drizzle's condition objects for nothing
 * cost as much again as binding them.
 */
export type Deferred<T> = () => T;

/**
 * Order numbers, names and domains match by substring (FTS5 trigram; shorter queries by name
 * prefix); a filing's whole order number matches that filing. Certificate/ID numbers and mobiles
 * are not in the text index: they match only as whole values, so the totals cannot be used to
 * recover a masked number digit by digit.
 */
function searchFilter(q: string, b: Binder, wholeOrderNumber = false): Deferred<SQL> {
  const mobile = phoneKey(q);
  const orderNumber = b.bind("q", q);
  const certificate = b.bind("number", normaliseNumber(q));
  const mobileValue = mobile.length >= 7 ? b.bind("mobile", mobile) : undefined;
  const principalId = b.bind("principalId", normaliseNumber(q));
  const exact = () =>
    or(
      eq(filings.externalId, orderNumber),
      eq(filings.certificateNumber, certificate),
      // Any principal or website principal with exactly this mobile or ID number.
      mobileValue !== undefined ? inArray(filings.id, contactFilings("mobile", mobileValue)) : undefined,
      inArray(filings.id, contactFilings("site_principal_id", principalId)),
    )!;
  // The whole order number of a filing: that filing (and any exact number match), found by index.
  // Its trigrams are shared by every order number ("TC2026…"), so the substring search would read
  // the text index's entries for nearly every filing to find the one.
  if (wholeOrderNumber) {
    b.bind("wholeOrderNumber", true); // no placeholder: the label alone keeps this shape apart
    return exact;
  }
  if ([...q].length >= 3) {
    const phrase = b.bind("phrase", `"${q.replaceAll('"', '""')}"`);
    return () => or(exact(), sql`${filings.id} IN (SELECT rowid FROM filings_fts WHERE filings_fts MATCH ${phrase})`)!;
  }
  const upper = b.bind("prefixEnd", `${q}\u{10FFFF}`);
  const prefix = b.bind("prefix", q);
  const name = b.bind("name", q);
  return () => or(exact(), and(gte(filings.subjectName, prefix), lt(filings.subjectName, upper)), eq(filings.principalName, name))!;
}

function contactFilings(kind: "mobile" | "site_principal_id", value: unknown) {
  return sql`(SELECT ${filingContacts.filingId} FROM ${filingContacts} WHERE ${filingContacts.kind} = ${kind} AND ${filingContacts.value} = ${value})`;
}

export interface FilterContext {
  userId: number;
  now: number;
}

/** The columns the queue filters by equality: on filings, and the same names on filing_counts. */
export interface FacetColumns {
  status: SQLiteColumn;
  province: SQLiteColumn;
  type: SQLiteColumn;
  subjectKind: SQLiteColumn;
  worstSeverity: SQLiteColumn;
  documentCheck: SQLiteColumn;
}

/** The equality filters of a view, on filings or on the maintained counts (same meaning, same order). */
export function facetFilters(params: QueueParams, c: FacetColumns = filings, b: Binder = inline): Deferred<SQL>[] {
  const filters: Deferred<SQL>[] = [];
  const each = (label: string, values: readonly string[]) => values.map((v) => b.bind(label, v));
  if (params.status !== "all") {
    const status = b.bind("status", params.status);
    filters.push(() => eq(c.status, status));
  }
  if (params.province.length > 0) {
    const provinces = each("province", params.province);
    filters.push(() => inArray(c.province, provinces));
  }
  if (params.type.length > 0) {
    const types = each("type", params.type);
    filters.push(() => inArray(c.type, types));
  }
  if (params.kind.length > 0) {
    const kinds = each("kind", params.kind);
    filters.push(() => inArray(c.subjectKind, kinds));
  }
  if (params.severity) {
    const severity = b.bind("severity", SEVERITY_RANK[severityRank(params.severity)]);
    filters.push(() => eq(c.worstSeverity, severity));
  }
  if (params.documentCheck) {
    const documentCheck = b.bind("documentCheck", params.documentCheck);
    filters.push(() => eq(c.documentCheck, documentCheck));
  }
  return filters;
}

function severityRank(severity: NonNullable<QueueParams["severity"]>): keyof typeof SEVERITY_RANK {
  return severity === "clean" ? "none" : severity;
}

/** A view whose filters are all equality facets: its total comes from the maintained counts. */
export function hasOnlyFacets(params: QueueParams): boolean {
  return !params.q && !params.from && !params.to;
}

export interface FilterOptions {
  /** Claim-next: the view's filters without who holds what (the claim decides that). */
  ignoreAssignee?: boolean;
  /** The search text is a filing's whole order number (looked up first): exact matches only. */
  wholeOrderNumber?: boolean;
}

/** Could be an order number: 1–64 of [A-Za-z0-9_-] (filing-format.md). */
export function looksLikeOrderNumber(q: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(q);
}

/** The WHERE clause of a queue view; every branch is served by an index on filings. */
export function queueWhere(params: QueueParams, ctx: FilterContext, options: FilterOptions = {}, b: Binder = inline): SQL | undefined {
  return queueFilter(params, ctx, options, b)();
}

/** queueWhere with its values bound now and its SQL built when called. */
export function queueFilter(
  params: QueueParams,
  ctx: FilterContext,
  options: FilterOptions = {},
  b: Binder = inline,
): Deferred<SQL | undefined> {
  const filters: Deferred<SQL | undefined>[] = facetFilters(params, filings, b);
  if (!options.ignoreAssignee) {
    const mine = (): Deferred<SQL | undefined> => {
      const user = b.bind("user", ctx.userId);
      const now = b.bind("now", ctx.now);
      return () => and(eq(filings.claimedBy, user), gt(filings.claimExpiresAt, now));
    };
    if (params.assignee === "me") filters.push(mine());
    else if (params.assignee === "unassigned") {
      const now = b.bind("now", ctx.now);
      filters.push(() => unclaimed(now));
    } else if (params.assignee === undefined) {
      const claimedByMe = mine();
      const now = b.bind("now", ctx.now);
      filters.push(() => or(claimedByMe(), unclaimed(now)));
    }
  }
  // Dates are calendar days in China time, inclusive.
  const days = chinaDayRange(params.from, params.to);
  if (days.start !== undefined) {
    const from = b.bind("from", days.start);
    filters.push(() => gte(filings.submittedAt, from));
  }
  if (days.end !== undefined) {
    const to = b.bind("to", days.end);
    filters.push(() => lt(filings.submittedAt, to));
  }
  if (params.q) filters.push(searchFilter(params.q, b, options.wholeOrderNumber));
  return () => and(...filters.map((filter) => filter()));
}

export interface SortKey {
  column: SQLiteColumn;
  desc: boolean;
}

/** The ORDER BY of a view as columns and directions; every sort ends on a unique key, so pages never overlap. */
export function queueSortKeys(params: QueueParams): SortKey[] {
  const d = effectiveDir(params) === "desc";
  const key = (column: SQLiteColumn, isDesc = d): SortKey => ({ column, desc: isDesc });
  switch (params.sort) {
    case "submitted":
      return [key(filings.submittedAt), key(filings.id)];
    case "province":
      return [key(filings.province), key(filings.slaDueAt, false), key(filings.id, false)];
    case "flags":
      return [
        key(filings.worstSeverity),
        key(filings.errorCount),
        key(filings.warningCount),
        key(filings.slaDueAt, false),
        key(filings.id, false),
      ];
    case "externalId":
      return [key(filings.externalId)];
    case "status":
      return [key(filings.status), key(filings.slaDueAt, false), key(filings.id, false)];
    default:
      return [key(filings.slaDueAt), key(filings.id)];
  }
}

/**
 * The ORDER BY of a view. `sortAfter`: the rows are few and found by their own indexes (a whole
 * order number), so they are sorted after reading: the unary plus keeps the planner from walking a
 * sort index over every pending filing to avoid sorting a handful (its sampled statistics take
 * `status = ?` for a few hundred rows, whatever the queue holds).
 */
export function queueOrder(params: QueueParams, options: { reverse?: boolean; sortAfter?: boolean } = {}): SQL[] {
  return queueSortKeys(params).map((k) => {
    const key = options.sortAfter ? sql`+${k.column}` : k.column;
    return k.desc !== Boolean(options.reverse) ? desc(key) : asc(key);
  });
}

/**
 * Keyset pagination, one level of it: the rows equal to the anchor filing on the first `level`
 * sort keys and strictly after (or before) it on the next. Levels from the last key to the first,
 * in that order, are the rows after the anchor in sort order; each is an equality prefix and one
 * range on the view's sort index, which SQLite seeks (a row-value comparison over all keys it
 * seeks on the first key only). The anchor's sort-key values are read by the statement itself
 * (uncorrelated subqueries, evaluated once). Values bound now, SQL built when called (Deferred).
 */
export function keysetFilter(
  keys: SortKey[],
  anchorId: number,
  toward: "after" | "before",
  level: number,
  b: Binder = inline,
): Deferred<SQL> {
  const id = b.bind("anchor", anchorId);
  const anchor = (k: SortKey) => (k.column === filings.id ? id : sql`(select ${k.column} from ${filings} where ${filings.id} = ${id})`);
  const k = keys[level];
  const past = k.desc === (toward === "before") ? gt : lt;
  return () => and(...keys.slice(0, level).map((prev) => eq(prev.column, anchor(prev))), past(k.column, anchor(k)))!;
}
