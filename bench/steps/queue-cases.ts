import { DEFAULT_PER_PAGE } from "@/lib/domain/queue/params";
// The representative queue views and, for each, the same SQL written by hand: the floor.
// The SQL mirrors what getQueue has drizzle generate (db/queries/queue.ts, queue-filters.ts);
// the bench checks at run time that both the text and the results still agree.

export interface FloorContext {
  userId: number;
  now: number;
}

export interface QueueCase {
  name: string;
  /** URL search params as the queue page receives them. */
  params: Record<string, string>;
  /** WHERE body (inside the outer parentheses drizzle adds) and its parameters. */
  where: string;
  whereParams: (ctx: FloorContext) => unknown[];
  orderBy: string;
  offset: number;
}

export interface SearchSample {
  /** ≥ 3 characters of an existing subject name: goes through the trigram FTS index. */
  nameFragment: string;
  /** An existing order number: matches filings.external_id exactly. */
  externalId: string;
}

const F = `"filings"`;
/** Pending, and either the viewer's live claim or unclaimed/expired (the default assignee filter). */
const VISIBLE = `((${F}."claimed_by" = ? and ${F}."claim_expires_at" > ?) or (${F}."claimed_by" is null or ${F}."claim_expires_at" <= ?))`;
const visible = (ctx: FloorContext) => [ctx.userId, ctx.now, ctx.now];
const BY_SLA = `${F}."sla_due_at" asc, ${F}."id" asc`;
// The queue's own default page size, so the floor reads the same rows as getQueue.
const PER_PAGE = DEFAULT_PER_PAGE;

function search(q: string): Pick<QueueCase, "where" | "whereParams"> {
  return {
    where: `${F}."status" = ? and ${VISIBLE} and ((${F}."external_id" = ? or ${F}."certificate_number" = ?) or ${F}."id" IN (SELECT rowid FROM filings_fts WHERE filings_fts MATCH ?))`,
    whereParams: (ctx) => ["pending", ...visible(ctx), q, q.toUpperCase(), `"${q.replaceAll('"', '""')}"`],
  };
}

export function queueCases(sample: SearchSample): QueueCase[] {
  return [
    {
      name: "default",
      params: {},
      where: `${F}."status" = ? and ${VISIBLE}`,
      whereParams: (ctx) => ["pending", ...visible(ctx)],
      orderBy: BY_SLA,
      offset: 0,
    },
    {
      name: "province",
      params: { province: "广东" },
      where: `${F}."status" = ? and ${F}."province" in (?) and ${VISIBLE}`,
      whereParams: (ctx) => ["pending", "广东", ...visible(ctx)],
      orderBy: BY_SLA,
      offset: 0,
    },
    { name: "search-name", params: { q: sample.nameFragment }, ...search(sample.nameFragment), orderBy: BY_SLA, offset: 0 },
    { name: "search-order", params: { q: sample.externalId }, ...search(sample.externalId), orderBy: BY_SLA, offset: 0 },
    {
      name: "severity-by-age",
      params: { severity: "error", sort: "submitted" },
      where: `${F}."status" = ? and ${F}."worst_severity" = ? and ${VISIBLE}`,
      whereParams: (ctx) => ["pending", 2, ...visible(ctx)],
      orderBy: `${F}."submitted_at" asc, ${F}."id" asc`,
      offset: 0,
    },
    {
      name: "deep-page",
      params: { page: "1000" },
      where: `${F}."status" = ? and ${VISIBLE}`,
      whereParams: (ctx) => ["pending", ...visible(ctx)],
      orderBy: BY_SLA,
      offset: 999 * PER_PAGE,
    },
  ];
}

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
].map((c) => `${F}."${c}"`);

export interface FloorSql {
  rows: { sql: string; params: unknown[] };
  count: { sql: string; params: unknown[] };
}

export function floorSql(c: QueueCase, ctx: FloorContext): FloorSql {
  const holder = (col: string) => `CASE WHEN ${F}."claim_expires_at" > ? THEN "holders"."${col}" END`;
  const select = `select ${[...COLUMNS, holder("email"), holder("name")].join(", ")} from ${F} left join "users" "holders" on "holders"."id" = ${F}."claimed_by"`;
  const page = c.offset > 0 ? "limit ? offset ?" : "limit ?";
  const pageParams = c.offset > 0 ? [PER_PAGE, c.offset] : [PER_PAGE];
  return {
    rows: {
      sql: `${select} where (${c.where}) order by ${c.orderBy} ${page}`,
      params: [ctx.now, ctx.now, ...c.whereParams(ctx), ...pageParams],
    },
    count: { sql: `select count(*) from ${F} where (${c.where})`, params: c.whereParams(ctx) },
  };
}
