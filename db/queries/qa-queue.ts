import "server-only";
import { and, asc, desc, eq, lte, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, filings, qaReviews, users } from "@/db/schema";

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
export function getQaQueue(db: Db, limit = 200, now = Date.now()): QaQueueRow[] {
  return (
    db
      .select({
        decisionId: decisions.id,
        filingId: decisions.filingId,
        externalId: filings.externalId,
        province: decisions.province,
        outcome: decisions.outcome,
        reviewerEmail: users.email,
        reviewerName: users.name,
        decidedAt: decisions.decidedAt,
        overrideCount: decisions.overrideCount,
      })
      .from(decisions)
      .innerJoin(filings, eq(filings.id, decisions.filingId))
      .innerJoin(users, eq(users.id, decisions.reviewerId))
      .where(
        and(
          eq(decisions.qaSampled, true),
          notExists(
            db
              .select({ one: sql`1` })
              .from(qaReviews)
              .where(eq(qaReviews.decisionId, decisions.id)),
          ),
          // Still standing: the filing has not been reopened or revised since.
          eq(filings.status, decisions.outcome),
          eq(filings.currentRevision, decisions.revision),
          // A decision still in its undo window is not final yet.
          lte(decisions.holdUntil, now),
        ),
      )
      // Overrides first: they approved over an error and matter most.
      .orderBy(desc(sql`${decisions.overrideCount} > 0`), asc(decisions.decidedAt))
      .limit(limit)
      .all()
  );
}
