import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { decisions, filings, qaReviews } from "../schema";
import { recordAuditEvent } from "./audit";

export type QaError = "not_found" | "own_decision" | "already_reviewed" | "stale" | "needs_note";
export type QaResult = { ok: true } | { ok: false; error: QaError };

/**
 * A lead's second review of a decision. An overturn reopens the filing for a new decision;
 * the overturned decision stays in the log, marked by this review.
 */
export function recordQaReview(
  db: Db,
  input: { lead: { id: number; email: string }; decisionId: number; verdict: "agree" | "overturn"; note: string; now?: number },
): QaResult {
  const now = input.now ?? Date.now();
  return db.transaction(
    (tx): QaResult => {
      const decision = tx.select().from(decisions).where(eq(decisions.id, input.decisionId)).get();
      if (!decision) return { ok: false, error: "not_found" };
      if (decision.reviewerId === input.lead.id) return { ok: false, error: "own_decision" };
      if (tx.select({ id: qaReviews.id }).from(qaReviews).where(eq(qaReviews.decisionId, decision.id)).get()) return { ok: false, error: "already_reviewed" };
      if (input.verdict === "overturn" && input.note.trim().length === 0) return { ok: false, error: "needs_note" };
      const latest = tx
        .select({ id: decisions.id })
        .from(decisions)
        .where(eq(decisions.filingId, decision.filingId))
        .orderBy(sql`${decisions.decidedAt} DESC, ${decisions.id} DESC`)
        .limit(1)
        .get();
      if (latest?.id !== decision.id) return { ok: false, error: "stale" };

      if (input.verdict === "overturn") {
        const reopened = tx
          .update(filings)
          .set({ status: "pending", claimedBy: null, claimedAt: null, claimExpiresAt: null, version: sql`${filings.version} + 1`, updatedAt: now })
          .where(and(eq(filings.id, decision.filingId), eq(filings.status, decision.outcome), eq(filings.currentRevision, decision.revision)))
          .run().changes;
        if (reopened !== 1) return { ok: false, error: "stale" };
        recordAuditEvent(tx, {
          action: "filing.reopened",
          actorId: input.lead.id,
          actorEmail: input.lead.email,
          filingId: decision.filingId,
          at: now,
          detail: { decisionId: decision.id, before: { status: decision.outcome }, after: { status: "pending" } },
        });
      }
      tx.insert(qaReviews).values({ decisionId: decision.id, leadId: input.lead.id, verdict: input.verdict, note: input.note.trim(), createdAt: now }).run();
      recordAuditEvent(tx, {
        action: "filing.qa_reviewed",
        actorId: input.lead.id,
        actorEmail: input.lead.email,
        filingId: decision.filingId,
        at: now,
        detail: { decisionId: decision.id, verdict: input.verdict, reviewerId: decision.reviewerId },
      });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}
