import "server-only";
import { type SQL, and, count, desc, eq, gt, gte, isNull, lt, notExists, sql } from "drizzle-orm";
import type { AuditParams } from "@/lib/domain/audit/params";
import { chinaDayRange } from "@/lib/domain/time/china-time";
import type { Db } from "@/db/client";
import { decisionReasons, decisionUndos, decisions, filings, qaReviews, users, violations } from "@/db/schema";

export interface DecisionLogRow {
  decisionId: number;
  decidedAt: number;
  filingId: number;
  externalId: string;
  revision: number;
  province: string;
  reviewerEmail: string;
  reviewerName: string;
  outcome: "approved" | "rejected";
  reasons: string;
  overrideCount: number;
  handlingMs: number | null;
  qa: "agreed" | "overturned" | "pending" | null;
  documentsOpened: number;
  documentsTotal: number;
  flaggedUnopened: number;
}

/** The decision log's filters; every filter has an index or is cheap. Needs users and qa_reviews joined. */
function where(params: AuditParams): SQL | undefined {
  const { start, end } = chinaDayRange(params.from, params.to);
  return and(
    params.reviewer ? eq(users.email, params.reviewer.toLowerCase()) : undefined,
    params.outcome ? eq(decisions.outcome, params.outcome) : undefined,
    params.province ? eq(decisions.province, params.province) : undefined,
    start !== undefined ? gte(decisions.decidedAt, start) : undefined,
    end !== undefined ? lt(decisions.decidedAt, end) : undefined,
    params.overrides === "yes" ? gt(decisions.overrideCount, 0) : undefined,
    params.overrides === "no" ? eq(decisions.overrideCount, 0) : undefined,
    params.qa === "agreed" ? eq(qaReviews.verdict, "agree") : undefined,
    params.qa === "overturned" ? eq(qaReviews.verdict, "overturn") : undefined,
    params.qa === "pending" ? and(isNull(qaReviews.id), eq(decisions.qaSampled, true)) : undefined,
    params.qa === "none" ? isNull(qaReviews.id) : undefined,
    params.unopened === "1" ? gt(decisions.flaggedUnopened, 0) : undefined,
    params.rule ? ruleStoodAt(params.rule) : undefined,
    // An undone decision never went out: it is in the timeline, not in the log.
    notExists(sql`(SELECT 1 FROM ${decisionUndos} WHERE ${decisionUndos.decisionId} = ${decisions.id})`),
  );
}

/** The rule flagged the decided revision, and its flag still stood when the decision was made. */
function ruleStoodAt(rule: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${violations} WHERE ${violations.revisionId} = ${decisions.revisionId} AND ${violations.rule} = ${rule}
    AND (${violations.supersededAt} IS NULL OR ${violations.supersededAt} > ${decisions.decidedAt}))`;
}

const FIELDS = {
  decisionId: decisions.id,
  decidedAt: decisions.decidedAt,
  filingId: decisions.filingId,
  externalId: filings.externalId,
  revision: decisions.revision,
  province: decisions.province,
  reviewerEmail: users.email,
  reviewerName: users.name,
  outcome: decisions.outcome,
  // A code chosen twice (for two fields) is listed once.
  reasons: sql<string>`COALESCE((SELECT group_concat(code, ';') FROM (
    SELECT DISTINCT ${decisionReasons.code} AS code FROM ${decisionReasons} WHERE ${decisionReasons.decisionId} = ${decisions.id})), '')`,
  overrideCount: decisions.overrideCount,
  documentsOpened: decisions.documentsOpened,
  documentsTotal: decisions.documentsTotal,
  flaggedUnopened: decisions.flaggedUnopened,
  handlingMs: sql<number | null>`CASE WHEN ${decisions.claimedAt} IS NULL THEN NULL
    ELSE ${decisions.decidedAt} - ${decisions.claimedAt} END`,
  // Sampled and not yet reviewed is "pending"; never sampled is null.
  qa: sql<DecisionLogRow["qa"]>`CASE ${qaReviews.verdict} WHEN 'agree' THEN 'agreed' WHEN 'overturn' THEN 'overturned'
    ELSE CASE WHEN ${decisions.qaSampled} = 1 THEN 'pending' END END`,
};

function selectLog(db: Db, condition: SQL | undefined) {
  return db
    .select(FIELDS)
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.reviewerId))
    .innerJoin(filings, eq(filings.id, decisions.filingId))
    .leftJoin(qaReviews, eq(qaReviews.decisionId, decisions.id))
    .where(condition)
    .orderBy(desc(decisions.decidedAt), desc(decisions.id));
}

export function getDecisionLog(db: Db, params: AuditParams, pageSize: number): { rows: DecisionLogRow[]; total: number } {
  const condition = where(params);
  const rows = selectLog(db, condition)
    .limit(pageSize)
    .offset((params.page - 1) * pageSize)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(decisions)
      .innerJoin(users, eq(users.id, decisions.reviewerId))
      .leftJoin(qaReviews, eq(qaReviews.decisionId, decisions.id))
      .where(condition)
      .get()?.n ?? 0;
  return { rows, total };
}

/** Rows per round trip of the export; bounds its memory whatever the log's size. */
const EXPORT_PAGE = 500;

/**
 * Every matching row, one at a time: the CSV export streams instead of building the file in memory.
 * drizzle's better-sqlite3 driver has no iterator, so this walks the log in keyset pages on
 * (decided_at, id): the row-value comparison lets SQLite seek decisions_decided_idx for each page
 * instead of rescanning from the top as an OFFSET or an OR would. Decisions are append-only, so a
 * page boundary neither skips nor repeats one; unlike one long statement, a decision or second
 * review recorded while the export runs may show up in the pages still to come.
 */
export function* iterateDecisionLog(db: Db, params: AuditParams): IterableIterator<DecisionLogRow> {
  const condition = where(params);
  let after: { decidedAt: number; id: number } | null = null;
  for (;;) {
    const seek = after ? and(condition, sql`(${decisions.decidedAt}, ${decisions.id}) < (${after.decidedAt}, ${after.id})`) : condition;
    const page: DecisionLogRow[] = selectLog(db, seek).limit(EXPORT_PAGE).all();
    yield* page;
    if (page.length < EXPORT_PAGE) return;
    const last = page[page.length - 1];
    after = { decidedAt: last.decidedAt, id: last.decisionId };
  }
}

export function getReviewers(db: Db): { email: string; name: string }[] {
  return db.select({ email: users.email, name: users.name }).from(users).orderBy(users.name).all();
}
