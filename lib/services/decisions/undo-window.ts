import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { dueReleases, getDecisionForUndo, heldDecisionsOf, insertRelease, insertUndo, reopenForReviewer } from "@/db/queries/decision-hold";
import { CLAIM_DURATION_MS } from "../claims/claims";

// The undo window. A decision is held for DECISION_HOLD_SECONDS: until then the reviewer may take
// it back, and the upstream system still sees the filing as it was (pending). An undo is a record
// of its own (decisions stay append-only) and hands the claim back to the reviewer. After the
// window the decision is final; only a second review can overturn it.
//
// Whether a decision is held is a matter of the clock (hold_until > now) wherever it is read, so a
// decision held when the server stopped is released, not lost, however long the server was down;
// the worker's release tick records each release once (decision_releases) and audits it.

export type UndoResult =
  { ok: true; filingId: number } | { ok: false; error: "not_found" | "not_yours" | "released" | "already_undone" | "changed" };

export function undoDecision(
  actor: { id: number; email: string },
  decisionId: number,
  options: { db?: Db; now?: number } = {},
): UndoResult {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction(
    (tx): UndoResult => {
      const decision = getDecisionForUndo(tx, decisionId);
      if (!decision) return { ok: false, error: "not_found" };
      if (decision.reviewerId !== actor.id) return { ok: false, error: "not_yours" };
      if (decision.undone) return { ok: false, error: "already_undone" };
      if (decision.holdUntil <= now) return { ok: false, error: "released" };
      const reopened = reopenForReviewer(tx, {
        filingId: decision.filingId,
        outcome: decision.outcome,
        revision: decision.revision,
        reviewerId: actor.id,
        now,
        expiresAt: now + CLAIM_DURATION_MS,
      });
      if (reopened !== 1) return { ok: false, error: "changed" };
      insertUndo(tx, { decisionId, userId: actor.id, at: now });
      recordAuditEvent(tx, {
        action: "filing.decision_undone",
        actorId: actor.id,
        actorEmail: actor.email,
        filingId: decision.filingId,
        at: now,
        detail: { decisionId, before: { status: decision.outcome }, after: { status: "pending", claimedBy: actor.id } },
      });
      return { ok: true, filingId: decision.filingId };
    },
    { behavior: "immediate" },
  );
}

/** Records the release of every held decision whose window has closed (idempotent). */
export function releaseDueDecisions(options: { db?: Db; now?: number } = {}): number {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction(
    (tx) => {
      const due = dueReleases(tx, now);
      for (const decision of due) {
        insertRelease(tx, decision.id, now);
        recordAuditEvent(tx, {
          action: "filing.decision_released",
          actorEmail: "system",
          filingId: decision.filingId,
          at: now,
          detail: { decisionId: decision.id, outcome: decision.outcome, holdUntil: decision.holdUntil },
        });
      }
      return due.length;
    },
    { behavior: "immediate" },
  );
}

/** The reviewer's decisions still in their window, for the undo toast. */
export function listHeldDecisions(user: { id: number }, options: { db?: Db; now?: number } = {}) {
  return heldDecisionsOf(options.db ?? getDb(), user.id, options.now ?? Date.now());
}
