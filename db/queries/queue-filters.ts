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
 * Order numbers, names and domains match by substring (FTS5 trigram; shorter queries by name
 * prefix). Certificate/ID numbers and mobiles are not in the text index: they match only as
 * whole values, so the totals cannot be used to recover a masked number digit by digit.
 */
function searchCondition(q: string, b: Binder): SQL {
  const mobile = phoneKey(q);
  const exact = or(
    eq(filings.externalId, b.bind("q", q)),
    eq(filings.certificateNumber, b.bind("number", normaliseNumber(q))),
    // Any principal or website principal with exactly this mobile or ID number.
    mobile.length >= 7 ? inArray(filings.id, contactFilings("mobile", b.bind("mobile", mobile))) : undefined,
    inArray(filings.id, contactFilings("site_principal_id", b.bind("principalId", normaliseNumber(q)))),
  )!;
  if ([...q].length >= 3) {
    const phrase = b.bind("phrase", `"${q.replaceAll('"', '""')}"`);
    return or(exact, sql`${filings.id} IN (SELECT rowid FROM filings_fts WHERE filings_fts MATCH ${phrase})`)!;
  }
  const upper = b.bind("prefixEnd", `${q}\u{10FFFF}`);
  return or(
    exact,
    and(gte(filings.subjectName, b.bind("prefix", q)), lt(filings.subjectName, upper)),
    eq(filings.principalName, b.bind("name", q)),
  )!;
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
export function facetConditions(params: QueueParams, c: FacetColumns = filings, b: Binder = inline): SQL[] {
  const conditions: SQL[] = [];
  const each = (label: string, values: readonly string[]) => values.map((v) => b.bind(label, v));
  if (params.status !== "all") conditions.push(eq(c.status, b.bind("status", params.status)));
  if (params.province.length > 0) conditions.push(inArray(c.province, each("province", params.province)));
  if (params.type.length > 0) conditions.push(inArray(c.type, each("type", params.type)));
  if (params.kind.length > 0) conditions.push(inArray(c.subjectKind, each("kind", params.kind)));
  if (params.severity) conditions.push(eq(c.worstSeverity, b.bind("severity", SEVERITY_RANK[severityRank(params.severity)])));
  if (params.documentCheck) conditions.push(eq(c.documentCheck, b.bind("documentCheck", params.documentCheck)));
  return conditions;
}

function severityRank(severity: NonNullable<QueueParams["severity"]>): keyof typeof SEVERITY_RANK {
  return severity === "clean" ? "none" : severity;
}

/** A view whose filters are all equality facets: its total comes from the maintained counts. */
export function hasOnlyFacets(params: QueueParams): boolean {
  return !params.q && !params.from && !params.to;
}

/** The WHERE clause of a queue view; every branch is served by an index on filings. */
export function queueWhere(
  params: QueueParams,
  ctx: FilterContext,
  options: { ignoreAssignee?: boolean } = {},
  b: Binder = inline,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = facetConditions(params, filings, b);
  if (!options.ignoreAssignee) {
    const mine = () => and(eq(filings.claimedBy, b.bind("user", ctx.userId)), gt(filings.claimExpiresAt, b.bind("now", ctx.now)));
    if (params.assignee === "me") conditions.push(mine());
    else if (params.assignee === "unassigned") conditions.push(unclaimed(b.bind("now", ctx.now)));
    else if (params.assignee === undefined) conditions.push(or(mine(), unclaimed(b.bind("now", ctx.now))));
  }
  // Dates are calendar days in China time, inclusive.
  const days = chinaDayRange(params.from, params.to);
  if (days.start !== undefined) conditions.push(gte(filings.submittedAt, b.bind("from", days.start)));
  if (days.end !== undefined) conditions.push(lt(filings.submittedAt, b.bind("to", days.end)));
  if (params.q) conditions.push(searchCondition(params.q, b));
  return and(...conditions);
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

export function queueOrder(params: QueueParams, options: { reverse?: boolean } = {}): SQL[] {
  return queueSortKeys(params).map((k) => (k.desc !== Boolean(options.reverse) ? desc(k.column) : asc(k.column)));
}

/**
 * Keyset pagination: the rows that sort strictly after (or before) the anchor row, whose sort-key
 * values are `anchor` (one per key). With one direction throughout it is a row-value comparison,
 * which SQLite answers by seeking the sort index; mixed directions expand lexicographically, with
 * the leading column's bound kept so the index still limits the range.
 */
export function keysetCondition(keys: SortKey[], values: readonly unknown[], toward: "after" | "before", b: Binder = inline): SQL {
  const greater = (k: SortKey) => k.desc === (toward === "before");
  if (keys.every((k) => k.desc === keys[0].desc)) {
    const columns = sql.join(
      keys.map((k) => sql`${k.column}`),
      sql`, `,
    );
    const bound = sql.join(
      values.map((v) => sql`${b.bind("anchor", v)}`),
      sql`, `,
    );
    return greater(keys[0]) ? sql`(${columns}) > (${bound})` : sql`(${columns}) < (${bound})`;
  }
  const anchor = (i: number) => b.bind("anchor", values[i]);
  const strictly = (k: SortKey, i: number) => (greater(k) ? gt(k.column, anchor(i)) : lt(k.column, anchor(i)));
  const branches = keys.map((k, i) => and(...keys.slice(0, i).map((prev, j) => eq(prev.column, anchor(j))), strictly(k, i))!);
  const lead = greater(keys[0]) ? gte(keys[0].column, anchor(0)) : lte(keys[0].column, anchor(0));
  return and(lead, or(...branches))!;
}
