import "server-only";
import { and, asc, count, desc, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisionReasons, decisionUndos, decisions, filings, qaReviews, users } from "@/db/schema";

export interface ReviewerStats {
  reviewerId: number;
  email: string;
  name: string;
  decisions: number;
  approvals: number;
  rejections: number;
  medianMs: number | null;
  p90Ms: number | null;
  overrides: number;
  qaReviewed: number;
  qaAgreed: number;
  qaOverturned: number;
  topReasons: { code: string; count: number }[];
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** Per-reviewer figures for decisions made in [from, to). */
export function getReviewerStats(db: Db, from: number, to: number): ReviewerStats[] {
  // Undone decisions never went out: they count for nobody.
  const inWindow = and(
    gte(decisions.decidedAt, from),
    lt(decisions.decidedAt, to),
    sql`NOT EXISTS (SELECT 1 FROM ${decisionUndos} WHERE ${decisionUndos.decisionId} = ${decisions.id})`,
  );
  const decisionCount = count();
  const base = db
    .select({
      reviewerId: users.id,
      email: users.email,
      name: users.name,
      decisions: decisionCount,
      approvals: sql<number>`sum(${decisions.outcome} = 'approved')`,
      rejections: sql<number>`sum(${decisions.outcome} = 'rejected')`,
      overrides: sql<number>`sum(${decisions.overrideCount})`,
      qaReviewed: count(qaReviews.id),
      // sum() over only unreviewed decisions is NULL, not 0.
      qaAgreed: sql<number | null>`sum(${qaReviews.verdict} = 'agree')`,
      qaOverturned: sql<number | null>`sum(${qaReviews.verdict} = 'overturn')`,
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.reviewerId))
    .leftJoin(qaReviews, eq(qaReviews.decisionId, decisions.id))
    .where(inWindow)
    .groupBy(users.id)
    .orderBy(desc(decisionCount), asc(users.name))
    .all();

  // Handling times and reason counts for every reviewer at once, split up below.
  const handlingMs = sql<number>`${decisions.decidedAt} - ${decisions.claimedAt}`;
  const times = new Map<number, number[]>();
  for (const { reviewerId, ms } of db
    .select({ reviewerId: decisions.reviewerId, ms: handlingMs })
    .from(decisions)
    .where(and(inWindow, isNotNull(decisions.claimedAt)))
    .orderBy(asc(handlingMs))
    .all()) {
    const list = times.get(reviewerId);
    if (list) list.push(ms);
    else times.set(reviewerId, [ms]);
  }
  const reasonCount = count();
  const topReasons = new Map<number, { code: string; count: number }[]>();
  for (const { reviewerId, ...reason } of db
    .select({ reviewerId: decisions.reviewerId, code: decisionReasons.code, count: reasonCount })
    .from(decisionReasons)
    .innerJoin(decisions, eq(decisions.id, decisionReasons.decisionId))
    .where(inWindow)
    .groupBy(decisions.reviewerId, decisionReasons.code)
    .orderBy(desc(reasonCount), asc(decisionReasons.code))
    .all()) {
    const list = topReasons.get(reviewerId);
    if (!list) topReasons.set(reviewerId, [reason]);
    else if (list.length < 3) list.push(reason);
  }

  return base.map((row) => {
    const sorted = times.get(row.reviewerId) ?? [];
    return {
      ...row,
      qaAgreed: row.qaAgreed ?? 0,
      qaOverturned: row.qaOverturned ?? 0,
      medianMs: percentile(sorted, 50),
      p90Ms: percentile(sorted, 90),
      topReasons: topReasons.get(row.reviewerId) ?? [],
    };
  });
}

export interface QueueHealth {
  pending: number;
  overdue: number;
  dueSoon: number;
  claimed: number;
  ages: { bucket: "lt4h" | "lt1d" | "lt3d" | "lt7d" | "ge7d"; count: number }[];
}

export function getQueueHealth(db: Db, now: number): QueueHealth {
  const hour = 3_600_000;
  const submitted = filings.submittedAt;
  const row = db
    .select({
      pending: count(),
      overdue: sql<number | null>`sum(${filings.slaDueAt} < ${now})`,
      dueSoon: sql<number | null>`sum(${filings.slaDueAt} >= ${now} AND ${filings.slaDueAt} - ${now} <= ${4 * hour})`,
      claimed: sql<number | null>`sum(${filings.claimedBy} IS NOT NULL AND ${filings.claimExpiresAt} > ${now})`,
      lt4h: sql<number | null>`sum(${submitted} > ${now - 4 * hour})`,
      lt1d: sql<number | null>`sum(${submitted} <= ${now - 4 * hour} AND ${submitted} > ${now - 24 * hour})`,
      lt3d: sql<number | null>`sum(${submitted} <= ${now - 24 * hour} AND ${submitted} > ${now - 72 * hour})`,
      lt7d: sql<number | null>`sum(${submitted} <= ${now - 72 * hour} AND ${submitted} > ${now - 168 * hour})`,
      ge7d: sql<number | null>`sum(${submitted} <= ${now - 168 * hour})`,
    })
    .from(filings)
    .where(eq(filings.status, "pending"))
    .get();
  return {
    pending: row?.pending ?? 0,
    overdue: row?.overdue ?? 0,
    dueSoon: row?.dueSoon ?? 0,
    claimed: row?.claimed ?? 0,
    ages: (["lt4h", "lt1d", "lt3d", "lt7d", "ge7d"] as const).map((bucket) => ({ bucket, count: row?.[bucket] ?? 0 })),
  };
}
