import "server-only";
import type { Db } from "../client";

export interface QaQueueRow {
  decisionId: number;
  filingId: number;
  externalId: string;
  province: string;
  outcome: "approved" | "rejected";
  reviewerEmail: string;
  reviewerName: string;
  decidedAt: number;
  overrideCount: number;
}

/** Sampled and overriding decisions that still stand and await a lead's second review. */
export function getQaQueue(db: Db, limit = 200): QaQueueRow[] {
  return db.$client
    .prepare<[number], QaQueueRow>(
      `SELECT d.id AS decisionId, d.filing_id AS filingId, f.external_id AS externalId, d.province, d.outcome,
              u.email AS reviewerEmail, u.name AS reviewerName, d.decided_at AS decidedAt, d.override_count AS overrideCount
         FROM decisions d
         JOIN filings f ON f.id = d.filing_id
         JOIN users u ON u.id = d.reviewer_id
        WHERE d.qa_sampled = 1
          AND NOT EXISTS (SELECT 1 FROM qa_reviews q WHERE q.decision_id = d.id)
          AND f.status = d.outcome AND f.current_revision = d.revision
        ORDER BY d.override_count > 0 DESC, d.decided_at ASC
        LIMIT ?`,
    )
    .all(limit);
}
