import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisionOverrides, decisionReasons, decisions, decisionUndos, filingRevisions, qaReviews, users, violations } from "@/db/schema";

// Rule tuning: per rule, over a period, how often it flagged, how often reviewers approved over
// it, whether its suggested reason was used, and how often a second review overturned an approval
// over it. A flag counts for a decision when it still stood at the decision (not superseded before).

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface RuleStat {
  rule: string;
  flagged: number;
  decided: number;
  overridden: number;
  reasonUsed: number;
  overturned: number;
}

const stoodAt = sql`(${violations.supersededAt} IS NULL OR ${violations.supersededAt} > ${decisions.decidedAt})`;
const notUndone = sql`NOT EXISTS (SELECT 1 FROM ${decisionUndos} WHERE ${decisionUndos.decisionId} = ${decisions.id})`;

export function getRuleStats(db: Db, start: number, end: number): RuleStat[] {
  const flagged = db.all<{ rule: string; flagged: number }>(sql`
    SELECT ${violations.rule} AS rule, count(DISTINCT ${filingRevisions.filingId}) AS flagged
      FROM ${violations} JOIN ${filingRevisions} ON ${filingRevisions.id} = ${violations.revisionId}
     WHERE ${filingRevisions.receivedAt} >= ${start} AND ${filingRevisions.receivedAt} < ${end}
     GROUP BY ${violations.rule}`);
  const decided = db.all<Omit<RuleStat, "flagged">>(sql`
    SELECT ${violations.rule} AS rule,
           count(DISTINCT ${decisions.id}) AS decided,
           count(DISTINCT CASE WHEN ${decisions.outcome} = 'approved' THEN ${decisions.id} END) AS overridden,
           count(DISTINCT CASE WHEN ${decisions.outcome} = 'rejected' AND EXISTS (
             SELECT 1 FROM ${decisionReasons} WHERE ${decisionReasons.decisionId} = ${decisions.id} AND ${decisionReasons.code} = ${violations.reason}
           ) THEN ${decisions.id} END) AS reasonUsed,
           count(DISTINCT CASE WHEN ${decisions.outcome} = 'approved' AND EXISTS (
             SELECT 1 FROM ${qaReviews} WHERE ${qaReviews.decisionId} = ${decisions.id} AND ${qaReviews.verdict} = 'overturn'
           ) THEN ${decisions.id} END) AS overturned
      FROM ${decisions} JOIN ${violations} ON ${violations.revisionId} = ${decisions.revisionId} AND ${stoodAt}
     WHERE ${decisions.decidedAt} >= ${start} AND ${decisions.decidedAt} < ${end} AND ${notUndone}
     GROUP BY ${violations.rule}`);
  const byRule = new Map<string, RuleStat>();
  for (const f of flagged)
    byRule.set(f.rule, { rule: f.rule, flagged: f.flagged, decided: 0, overridden: 0, reasonUsed: 0, overturned: 0 });
  for (const d of decided) byRule.set(d.rule, { ...(byRule.get(d.rule) ?? { flagged: 0 }), ...d });
  return [...byRule.values()];
}

/** Decisions and approvals over each rule, per week of the period (week 0 starts at `start`). */
export function getRuleTrend(db: Db, start: number, end: number): { rule: string; week: number; decided: number; overridden: number }[] {
  return db.all(sql`
    SELECT ${violations.rule} AS rule, CAST((${decisions.decidedAt} - ${start}) / ${WEEK_MS} AS INTEGER) AS week,
           count(DISTINCT ${decisions.id}) AS decided,
           count(DISTINCT CASE WHEN ${decisions.outcome} = 'approved' THEN ${decisions.id} END) AS overridden
      FROM ${decisions} JOIN ${violations} ON ${violations.revisionId} = ${decisions.revisionId} AND ${stoodAt}
     WHERE ${decisions.decidedAt} >= ${start} AND ${decisions.decidedAt} < ${end} AND ${notUndone}
     GROUP BY rule, week`);
}

/** The latest written justifications of approvals over a rule (error rules need one). */
export function getJustifications(db: Db, start: number, end: number, perRule = 5) {
  return db.all<{ rule: string; justification: string; decisionId: number; filingId: number; reviewerName: string; decidedAt: number }>(sql`
    SELECT rule, justification, decisionId, filingId, reviewerName, decidedAt FROM (
      SELECT ${decisionOverrides.rule} AS rule, ${decisionOverrides.justification} AS justification, ${decisions.id} AS decisionId,
             ${decisions.filingId} AS filingId, ${users.name} AS reviewerName, ${decisions.decidedAt} AS decidedAt,
             row_number() OVER (PARTITION BY ${decisionOverrides.rule} ORDER BY ${decisions.decidedAt} DESC) AS n
        FROM ${decisionOverrides}
        JOIN ${decisions} ON ${decisions.id} = ${decisionOverrides.decisionId}
        JOIN ${users} ON ${users.id} = ${decisions.reviewerId}
       WHERE ${decisions.decidedAt} >= ${start} AND ${decisions.decidedAt} < ${end} AND ${notUndone})
     WHERE n <= ${perRule}`);
}
