import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import {
  activeReasonCodes,
  closeFiling,
  getFilingForDecision,
  getStandingViolations,
  insertDecision,
  insertDecisionOverrides,
  insertDecisionReasons,
} from "@/db/queries/decisions";
import type { DecideResult } from "@/lib/domain/decisions/decision-errors";
import { decisionInputSchema, type DecisionInput } from "@/lib/domain/decisions/decision-input";
import { REASON_NEEDS_NOTE } from "@/lib/domain/reasons/catalog";
import { decisionHoldMs } from "@/lib/config/decision-hold";
import { countMaterials, countReveals, openedMaterials } from "@/db/queries/decision-hold";
import { drawForSecondReview } from "./sampling";

interface Actor {
  id: number;
  email: string;
}

export interface DecideOptions {
  db?: Db;
  now?: number;
  /** The undo window (default DECISION_HOLD_SECONDS). */
  holdMs?: number;
  /** Whether this decision goes to second review regardless of overrides (default: the sampling draw). */
  sampled?: boolean;
}

/**
 * Records a reviewer's decision in one transaction. The rules: the filing is still pending, on
 * the revision the reviewer saw, and claimed by them; approving over an error needs a written
 * justification (stored per overridden error); rejecting needs at least one active catalog
 * reason, and OTHER needs a note. The conditional UPDATE of the filing decides, so a double
 * submit or a race records exactly one decision.
 */
export function decide(actor: Actor, raw: unknown, options: DecideOptions = {}): DecideResult {
  const parsed = decisionInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid_input", field: parsed.error.issues[0]?.path.join(".") };
  const db = options.db ?? getDb();
  return recordDecision(
    db,
    parsed.data,
    actor,
    options.now ?? Date.now(),
    options.sampled ?? drawForSecondReview(),
    options.holdMs ?? decisionHoldMs(),
  );
}

function recordDecision(db: Db, input: DecisionInput, actor: Actor, now: number, sampled: boolean, holdMs: number): DecideResult {
  return db.transaction(
    (tx): DecideResult => {
      const filing = getFilingForDecision(tx, input.filingId);
      if (!filing) return { ok: false, error: "not_found" };
      if (filing.status !== "pending") return { ok: false, error: "not_pending" };
      if (filing.currentRevision !== input.revision) return { ok: false, error: "stale_revision" };
      if (filing.claimedBy !== actor.id || (filing.claimExpiresAt ?? 0) <= now) return { ok: false, error: "claim_not_held" };

      const standing = getStandingViolations(tx, filing.currentRevisionId);
      const overridden = input.outcome === "approved" ? standing.filter((v) => v.severity === "error") : [];
      if (overridden.length > 0 && input.overrideJustification.length === 0)
        return { ok: false, error: "missing_justification", field: "overrideJustification" };
      const chosen = input.outcome === "rejected" ? input.reasons : [];
      if (input.outcome === "rejected") {
        if (chosen.length === 0) return { ok: false, error: "missing_reason", field: "reasons" };
        const codes = [...new Set(chosen.map((r) => r.code))];
        if (activeReasonCodes(tx, codes).length !== codes.length) return { ok: false, error: "unknown_reason", field: "reasons" };
        if (chosen.some((r) => r.code === REASON_NEEDS_NOTE && r.note.length === 0))
          return { ok: false, error: "other_needs_note", field: "reasons" };
      }

      if (closeFiling(tx, { filingId: filing.id, revision: input.revision, reviewerId: actor.id, outcome: input.outcome, now }) !== 1)
        return { ok: false, error: "not_pending" };
      // What the reviewer looked at: documents opened in the large viewer, flagged ones left unopened.
      const opened = openedMaterials(tx, filing.currentRevisionId, actor.id);
      const flagged = new Set(standing.filter((v) => v.material !== null).map((v) => v.material!));
      const flaggedUnopened = [...flagged].filter((idx) => !opened.has(idx)).length;
      const decisionId = insertDecision(tx, {
        filingId: filing.id,
        revisionId: filing.currentRevisionId,
        revision: filing.currentRevision,
        reviewerId: actor.id,
        outcome: input.outcome,
        note: input.note,
        internalNote: input.internalNote,
        claimedAt: filing.claimedAt,
        decidedAt: now,
        overrideCount: overridden.length,
        // Overrides and decisions taken without opening every flagged document always get a second look.
        qaSampled: sampled || overridden.length > 0 || flaggedUnopened > 0,
        province: filing.province,
        holdUntil: now + holdMs,
        documentsOpened: opened.size,
        documentsTotal: countMaterials(tx, filing.currentRevisionId),
        flaggedUnopened,
        piiRevealed: countReveals(tx, filing.id, actor.id),
      });
      insertDecisionReasons(tx, decisionId, chosen);
      insertDecisionOverrides(tx, decisionId, overridden, input.overrideJustification);
      if (overridden.length > 0) {
        recordAuditEvent(tx, {
          action: "filing.override",
          actorId: actor.id,
          actorEmail: actor.email,
          filingId: filing.id,
          at: now,
          detail: { decisionId, rules: overridden.map((v) => v.rule), justification: input.overrideJustification },
        });
      }
      recordAuditEvent(tx, {
        action: "filing.decided",
        actorId: actor.id,
        actorEmail: actor.email,
        filingId: filing.id,
        at: now,
        detail: {
          decisionId,
          revision: filing.currentRevision,
          before: { status: "pending" },
          after: { status: input.outcome },
          reasons: chosen.map((r) => r.code),
        },
      });
      return { ok: true, decisionId, outcome: input.outcome };
    },
    { behavior: "immediate" },
  );
}
