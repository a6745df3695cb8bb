import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { getDecisionForReview, hasQaReview, insertQaReview, latestDecisionId, reopenFiling } from "@/db/queries/qa";

export type QaError = "not_found" | "own_decision" | "already_reviewed" | "stale" | "needs_note" | "held";
export type QaResult = { ok: true } | { ok: false; error: QaError };

export interface QaReviewInput {
  lead: { id: number; email: string };
  decisionId: number;
  verdict: "agree" | "overturn";
  note: string;
}

/**
 * A lead's second review of a decision: never of their own, once per decision, only of the
 * decision that stands on the filing; an overturn needs a note and reopens the filing for a new
 * decision. The overturned decision stays in the log, marked by this review.
 */
export function recordQaReview(input: QaReviewInput, options: { db?: Db; now?: number } = {}): QaResult {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const note = input.note.trim();
  return db.transaction(
    (tx): QaResult => {
      const decision = getDecisionForReview(tx, input.decisionId);
      if (!decision) return { ok: false, error: "not_found" };
      if (decision.reviewerId === input.lead.id) return { ok: false, error: "own_decision" };
      // Within its undo window the reviewer may still take it back: it is not final yet.
      if (decision.holdUntil > now) return { ok: false, error: "held" };
      if (hasQaReview(tx, decision.id)) return { ok: false, error: "already_reviewed" };
      if (input.verdict === "overturn" && note.length === 0) return { ok: false, error: "needs_note" };
      if (latestDecisionId(tx, decision.filingId) !== decision.id) return { ok: false, error: "stale" };

      if (input.verdict === "overturn") {
        if (reopenFiling(tx, { filingId: decision.filingId, outcome: decision.outcome, revision: decision.revision, now }) !== 1)
          return { ok: false, error: "stale" };
        recordAuditEvent(tx, {
          action: "filing.reopened",
          actorId: input.lead.id,
          actorEmail: input.lead.email,
          filingId: decision.filingId,
          at: now,
          detail: { decisionId: decision.id, before: { status: decision.outcome }, after: { status: "pending" } },
        });
      }
      insertQaReview(tx, { decisionId: decision.id, leadId: input.lead.id, verdict: input.verdict, note, createdAt: now });
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
