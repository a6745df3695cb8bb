import "server-only";
import type { Db } from "../client";

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
  const sqlite = db.$client;
  const base = sqlite
    .prepare<[number, number], Omit<ReviewerStats, "medianMs" | "p90Ms" | "topReasons">>(
      `SELECT u.id AS reviewerId, u.email, u.name, count(*) AS decisions,
              sum(d.outcome = 'approved') AS approvals, sum(d.outcome = 'rejected') AS rejections,
              sum(d.override_count) AS overrides,
              count(q.id) AS qaReviewed, sum(q.verdict = 'agree') AS qaAgreed, sum(q.verdict = 'overturn') AS qaOverturned
         FROM decisions d JOIN users u ON u.id = d.reviewer_id LEFT JOIN qa_reviews q ON q.decision_id = d.id
        WHERE d.decided_at >= ? AND d.decided_at < ?
        GROUP BY u.id ORDER BY decisions DESC, u.name`,
    )
    .all(from, to);
  const handling = sqlite.prepare<[number, number, number], { ms: number }>(
    `SELECT decided_at - claimed_at AS ms FROM decisions WHERE reviewer_id = ? AND decided_at >= ? AND decided_at < ? AND claimed_at IS NOT NULL ORDER BY ms`,
  );
  const reasons = sqlite.prepare<[number, number, number], { code: string; count: number }>(
    `SELECT r.code, count(*) AS count FROM decision_reasons r JOIN decisions d ON d.id = r.decision_id
      WHERE d.reviewer_id = ? AND d.decided_at >= ? AND d.decided_at < ? GROUP BY r.code ORDER BY count DESC, r.code LIMIT 3`,
  );
  return base.map((row) => {
    const times = handling.all(row.reviewerId, from, to).map((h) => h.ms);
    return {
      ...row,
      qaAgreed: row.qaAgreed ?? 0,
      qaOverturned: row.qaOverturned ?? 0,
      medianMs: percentile(times, 50),
      p90Ms: percentile(times, 90),
      topReasons: reasons.all(row.reviewerId, from, to),
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
  const row = db.$client
    .prepare<Record<string, number>, Record<string, number>>(
      `SELECT count(*) AS pending,
              sum(sla_due_at < @now) AS overdue,
              sum(sla_due_at >= @now AND sla_due_at - @now <= 4 * @hour) AS dueSoon,
              sum(claimed_by IS NOT NULL AND claim_expires_at > @now) AS claimed,
              sum(submitted_at > @now - 4 * @hour) AS lt4h,
              sum(submitted_at <= @now - 4 * @hour AND submitted_at > @now - 24 * @hour) AS lt1d,
              sum(submitted_at <= @now - 24 * @hour AND submitted_at > @now - 72 * @hour) AS lt3d,
              sum(submitted_at <= @now - 72 * @hour AND submitted_at > @now - 168 * @hour) AS lt7d,
              sum(submitted_at <= @now - 168 * @hour) AS ge7d
         FROM filings WHERE status = 'pending'`,
    )
    .get({ now, hour })!;
  return {
    pending: row.pending ?? 0,
    overdue: row.overdue ?? 0,
    dueSoon: row.dueSoon ?? 0,
    claimed: row.claimed ?? 0,
    ages: (["lt4h", "lt1d", "lt3d", "lt7d", "ge7d"] as const).map((bucket) => ({ bucket, count: row[bucket] ?? 0 })),
  };
}
