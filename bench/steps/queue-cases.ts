import type Database from "better-sqlite3";
import { DEFAULT_PER_PAGE } from "@/lib/domain/queue/page-sizes";
import { phoneKey } from "@/lib/domain/rules/validators/phone";
import { normaliseNumber } from "@/lib/domain/validation/normalise";

// The representative queue views and, for each, the statements the app should run written by
// hand and prepared once on better-sqlite3: the floor. They mirror what getQueue has drizzle
// generate (db/queries/queue.ts, queue-filters.ts, filing-summaries.ts); the bench checks at run
// time that both the text and the results still agree.

export interface FloorContext {
  userId: number;
  now: number;
}

export interface SearchSample {
  /** ≥ 3 characters of an existing subject name: goes through the trigram FTS index. */
  nameFragment: string;
  /** An existing order number: matches filings.external_id exactly. */
  externalId: string;
  /** The deep page (1 000, or the last but one of a smaller queue) and the last filing of the page before it: its next-page link's cursor. */
  deepPage: number;
  deepCursor: number;
}

export interface FloorStatement {
  sql: string;
  params: unknown[];
}

export interface QueueCase {
  name: string;
  /** URL search params as the queue page receives them. */
  params: Record<string, string>;
  /** The keyset cursor of a next-page link, when the view is reached by one. */
  cursor?: { after: number };
  /** The statements in the order the app runs them, with their parameters. */
  statements: (ctx: FloorContext) => FloorStatement[];
  /** Runs the prepared statements (same order) the cheapest way: the page's ids and total. */
  run: (prepared: Database.Statement[], params: unknown[][]) => { ids: number[]; total: number };
}

const F = `"filings"`;
const C = `"filing_counts"`;
/** Either the viewer's live claim or unclaimed/expired (the default assignee filter). */
const VISIBLE = `((${F}."claimed_by" = ? and ${F}."claim_expires_at" > ?) or (${F}."claimed_by" is null or ${F}."claim_expires_at" <= ?))`;
const visible = (ctx: FloorContext) => [ctx.userId, ctx.now, ctx.now];
const BY_SLA = `${F}."sla_due_at" asc, ${F}."id" asc`;
const PER_PAGE = DEFAULT_PER_PAGE;
/** The app reads one row more than a page, to know whether a next page exists. */
const LIMIT = PER_PAGE + 1;
const CAP = 10_000;

const COLUMNS = [
  "id",
  "external_id",
  "current_revision",
  "type",
  "province",
  "subject_kind",
  "subject_name",
  "certificate_number",
  "error_count",
  "warning_count",
  "worst_severity",
  "submitted_at",
  "sla_due_at",
  "status",
  "document_check",
].map((c) => `${F}."${c}"`);

const holder = (col: string) => `CASE WHEN ${F}."claim_expires_at" > ? THEN "holders"."${col}" END`;
const SELECT = `select ${[...COLUMNS, holder("email"), holder("name")].join(", ")} from ${F} left join "users" "holders" on "holders"."id" = ${F}."claimed_by"`;

function rows(where: string, whereParams: unknown[], ctx: FloorContext, orderBy = BY_SLA, offset = 0): FloorStatement {
  return {
    sql: `${SELECT} where ${where} order by ${orderBy} limit ?${offset > 0 ? " offset ?" : ""}`,
    params: [ctx.now, ctx.now, ...whereParams, LIMIT, ...(offset > 0 ? [offset] : [])],
  };
}

/** An equality facet, as drizzle writes it for filings and for filing_counts. */
interface Facet {
  column: string;
  op: "=" | "in";
  value: unknown;
}
const facetSql = (table: string, f: Facet) => `${table}."${f.column}" ${f.op === "=" ? "= ?" : "in (?)"}`;
const group = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" and ")})`);

/** A view of equality facets: maintained counts, minus live claims of others, and a page through the sort index. */
function facetView(
  facets: Facet[],
  ctx: FloorContext,
  orderBy = BY_SLA,
  page: { offset?: number; keyset?: { id: number; columns: string[] } } = {},
) {
  const keyset = page.keyset;
  const values = facets.map((f) => f.value);
  // A view by status alone reads the status's rollup row of the maintained counts (migration 0009).
  const counted = facets.length === 1 ? [...facets, { column: "province", op: "=" as const, value: "*" }] : facets;
  // The maintained count less the live claims of others, in one statement.
  const hidden = `select count(*) from ${F} INDEXED BY filings_live_claims_idx where (${F}."claimed_by" IS NOT NULL and ${F}."claim_expires_at" > ? and ${F}."claimed_by" <> ? and ${facets.map((f) => facetSql(F, f)).join(" and ")})`;
  const statements: FloorStatement[] = [
    {
      sql: `select coalesce(sum(${C}."n"), 0) - (${hidden}) from ${C} where ${group(counted.map((f) => facetSql(C, f)))}`,
      params: [ctx.now, ctx.userId, ...values, ...counted.map((f) => f.value)],
    },
  ];
  const where0 = `${facets.map((f) => facetSql(F, f)).join(" and ")} and ${VISIBLE}`;
  if (!keyset) return [...statements, rows(`(${where0})`, [...values, ...visible(ctx)], ctx, orderBy, page.offset)];
  // One statement per level of the seek (db/queries/queue.ts selectRows): tied with the anchor on
  // the keys before the level and past it on the level's, the anchor's sort key read by the
  // statement; the deepest level first, the next only while the page is not full (the limit is
  // bound when a level runs).
  const anchorOf = (c: string) => (c === "id" ? "?" : `(select ${F}."${c}" from ${F} where ${F}."id" = ?)`);
  const levels = keyset.columns.map((_, level) => {
    const tied = keyset.columns.slice(0, level).map((c) => `${F}."${c}" = ${anchorOf(c)}`);
    const seek = [...tied, `${F}."${keyset.columns[level]}" > ${anchorOf(keyset.columns[level])}`];
    const anchors = Array.from({ length: level + 1 }, () => keyset.id);
    const where = `((${where0}) and ${seek.length === 1 ? seek[0] : `(${seek.join(" and ")})`})`;
    const statement = rows(where, [...values, ...visible(ctx), ...anchors], ctx, orderBy);
    return { sql: statement.sql, params: statement.params.slice(0, -1) };
  });
  return [...statements, ...levels.reverse()];
}

function runFacetView(prepared: Database.Statement[], params: unknown[][]): { ids: number[]; total: number } {
  const total = prepared[0].pluck().get(...params[0]) as number;
  // A page from the start or by OFFSET: its one statement carries its limit (and offset).
  if (prepared.length === 2) return { ids: pageIds(prepared[1].raw().all(...params[1]) as unknown[][]), total };
  const read: unknown[][] = [];
  for (let i = 1; i < prepared.length && read.length < LIMIT; i++)
    read.push(...(prepared[i].raw().all(...params[i], LIMIT - read.length) as unknown[][]));
  return { ids: pageIds(read), total };
}

/**
 * A search: an exact count up to the cap (searches have no maintained count), and the page. Text
 * that could be an order number is first looked up as one; a filing's whole order number then
 * matches exactly, without the trigram index.
 */
function searchView(q: string, ctx: FloorContext, whole: boolean): FloorStatement[] {
  const contacts = () =>
    `${F}."id" in (SELECT "filing_contacts"."filing_id" FROM "filing_contacts" WHERE "filing_contacts"."kind" = ? AND "filing_contacts"."value" = ?)`;
  const mobile = phoneKey(q);
  const exact = [`${F}."external_id" = ?`, `${F}."certificate_number" = ?`, ...(mobile.length >= 7 ? [contacts()] : []), contacts()];
  const exactParams = [q, normaliseNumber(q), ...(mobile.length >= 7 ? ["mobile", mobile] : []), "site_principal_id", normaliseNumber(q)];
  const matches = whole
    ? `(${exact.join(" or ")})`
    : `((${exact.join(" or ")}) or ${F}."id" IN (SELECT rowid FROM filings_fts WHERE filings_fts MATCH ?))`;
  const where = `(${F}."status" = ? and ${VISIBLE} and ${matches})`;
  const params = ["pending", ...visible(ctx), ...exactParams, ...(whole ? [] : [`"${q.replaceAll('"', '""')}"`])];
  const lookup: FloorStatement[] = /^[A-Za-z0-9_-]{1,64}$/.test(q)
    ? [{ sql: `select 1 from ${F} where ${F}."external_id" = ?`, params: [q] }]
    : [];
  return [
    ...lookup,
    { sql: `select count(*) from (select 1 from ${F} where ${where} limit ?) "matches"`, params: [...params, CAP + 1] },
    // A whole order number's few rows are sorted after reading (see queueOrder).
    rows(where, params, ctx, whole ? `+${F}."sla_due_at" asc, +${F}."id" asc` : BY_SLA),
  ];
}

function runSearchView(prepared: Database.Statement[], params: unknown[][]): { ids: number[]; total: number } {
  const at = prepared.length - 2;
  if (at === 1) prepared[0].raw().get(...params[0]);
  const n = prepared[at].pluck().get(...params[at]) as number;
  return { ids: pageIds(prepared[at + 1].raw().all(...params[at + 1]) as unknown[][]), total: Math.min(n, CAP) };
}

/** The page's rows without the look-ahead row. */
function pageIds(rowsRead: unknown[][]): number[] {
  return rowsRead.slice(0, PER_PAGE).map((r) => r[0] as number);
}

const PENDING: Facet = { column: "status", op: "=", value: "pending" };

export function queueCases(sample: SearchSample): QueueCase[] {
  return [
    { name: "default", params: {}, statements: (ctx) => facetView([PENDING], ctx), run: runFacetView },
    {
      name: "province",
      params: { province: "广东" },
      statements: (ctx) => facetView([PENDING, { column: "province", op: "in", value: "广东" }], ctx),
      run: runFacetView,
    },
    {
      name: "search-name",
      params: { q: sample.nameFragment },
      statements: (ctx) => searchView(sample.nameFragment, ctx, false),
      run: runSearchView,
    },
    {
      name: "search-order",
      params: { q: sample.externalId },
      statements: (ctx) => searchView(sample.externalId, ctx, true),
      run: runSearchView,
    },
    {
      name: "severity-by-age",
      params: { severity: "error", sort: "submitted" },
      statements: (ctx) =>
        facetView([PENDING, { column: "worst_severity", op: "=", value: 2 }], ctx, `${F}."submitted_at" asc, ${F}."id" asc`),
      run: runFacetView,
    },
    {
      // Page 1 000 as a reviewer reaches it: the next-page link of page 999 (keyset).
      name: "deep-page",
      params: { page: String(sample.deepPage) },
      cursor: { after: sample.deepCursor },
      statements: (ctx) =>
        facetView([PENDING], ctx, BY_SLA, {
          keyset: { id: sample.deepCursor, columns: ["sla_due_at", "id"] },
        }),
      run: runFacetView,
    },
    {
      // Page 1 000 typed into the URL (no cursor): OFFSET walks the 24 975 rows before it.
      name: "deep-page-offset",
      params: { page: String(sample.deepPage) },
      statements: (ctx) => facetView([PENDING], ctx, BY_SLA, { offset: (sample.deepPage - 1) * PER_PAGE }),
      run: runFacetView,
    },
  ];
}

/** Today's count of the default view, before the maintained counts: every pending filing's index entry. */
export function countStarStatement(ctx: FloorContext): FloorStatement {
  return { sql: `select count(*) from ${F} where (${F}."status" = ? and ${VISIBLE})`, params: ["pending", ...visible(ctx)] };
}
