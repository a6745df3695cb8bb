import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { decisions, filings, qaReviews } from "@/db/schema";

// Rows of a lead's second review; the rules are lib/services/qa/second-review's.

export function getDecisionForReview(tx: Tx, decisionId: number) {
  return tx
    .select({
      id: decisions.id,
      filingId: decisions.filingId,
      reviewerId: decisions.reviewerId,
      outcome: decisions.outcome,
      revision: decisions.revision,
      holdUntil: decisions.holdUntil,
    })
    .from(decisions)
    .where(eq(decisions.id, decisionId))
    .get();
}

export function hasQaReview(tx: Tx, decisionId: number): boolean {
  return tx.select({ id: qaReviews.id }).from(qaReviews).where(eq(qaReviews.decisionId, decisionId)).get() !== undefined;
}

export function latestDecisionId(tx: Tx, filingId: number): number | undefined {
  return tx
    .select({ id: decisions.id })
    .from(decisions)
    .where(eq(decisions.filingId, filingId))
    .orderBy(desc(decisions.decidedAt), desc(decisions.id))
    .limit(1)
    .get()?.id;
}

/** Back to pending, unclaimed, if the filing still stands as decided on that revision. Changed rows. */
export function reopenFiling(tx: Tx, input: { filingId: number; outcome: "approved" | "rejected"; revision: number; now: number }): number {
  return tx
    .update(filings)
    .set({
      status: "pending",
      claimedBy: null,
      claimedAt: null,
      claimExpiresAt: null,
      version: sql`${filings.version} + 1`,
      updatedAt: input.now,
    })
    .where(and(eq(filings.id, input.filingId), eq(filings.status, input.outcome), eq(filings.currentRevision, input.revision)))
    .run().changes;
}

export function insertQaReview(tx: Tx, values: typeof qaReviews.$inferInsert): void {
  tx.insert(qaReviews).values(values).run();
}
