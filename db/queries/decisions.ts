import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { DecideResult } from "@/lib/decisions/decision-errors";
import type { DecisionInput } from "@/lib/decisions/decision-input";
import type { Db } from "../client";
import { decisionOverrides, decisionReasons, decisions, filings, reasons, violations } from "../schema";
import { recordAuditEvent } from "./audit";

export interface DecideContext {
  actor: { id: number; email: string };
  now: number;
  /** Whether this decision goes to second review regardless of overrides (the sampling draw). */
  sampled: boolean;
}

/**
 * Records a decision in one transaction: the filing must still be pending, on the revision the
 * reviewer saw, and claimed by them; the conditional UPDATE of the filing decides, so a double
 * submit or a race records exactly one decision.
 */
export function recordDecision(db: Db, input: DecisionInput, ctx: DecideContext): DecideResult {
  return db.transaction(
    (tx): DecideResult => {
      const filing = tx.select().from(filings).where(eq(filings.id, input.filingId)).get();
      if (!filing) return { ok: false, error: "not_found" };
      if (filing.status !== "pending") return { ok: false, error: "not_pending" };
      if (filing.currentRevision !== input.revision) return { ok: false, error: "stale_revision" };
      if (filing.claimedBy !== ctx.actor.id || (filing.claimExpiresAt ?? 0) <= ctx.now) return { ok: false, error: "claim_not_held" };

      const standing = tx
        .select({ id: violations.id, rule: violations.rule, path: violations.path, severity: violations.severity })
        .from(violations)
        .where(and(eq(violations.revisionId, filing.currentRevisionId), isNull(violations.supersededAt)))
        .all();
      const overridden = input.outcome === "approved" ? standing.filter((v) => v.severity === "error") : [];
      if (overridden.length > 0 && input.overrideJustification.length === 0) return { ok: false, error: "missing_justification", field: "overrideJustification" };

      const chosen = input.outcome === "rejected" ? input.reasons : [];
      if (input.outcome === "rejected") {
        if (chosen.length === 0) return { ok: false, error: "missing_reason", field: "reasons" };
        const codes = [...new Set(chosen.map((r) => r.code))];
        const known = tx.select({ code: reasons.code }).from(reasons).where(and(inArray(reasons.code, codes), eq(reasons.active, true))).all();
        if (known.length !== codes.length) return { ok: false, error: "unknown_reason", field: "reasons" };
        if (chosen.some((r) => r.code === "OTHER" && r.note.length === 0)) return { ok: false, error: "other_needs_note", field: "reasons" };
      }

      const won = tx
        .update(filings)
        .set({ status: input.outcome, claimedBy: null, claimedAt: null, claimExpiresAt: null, version: sql`${filings.version} + 1`, updatedAt: ctx.now })
        .where(
          and(
            eq(filings.id, filing.id),
            eq(filings.status, "pending"),
            eq(filings.currentRevision, input.revision),
            eq(filings.claimedBy, ctx.actor.id),
            gt(filings.claimExpiresAt, ctx.now),
          ),
        )
        .run().changes;
      if (won !== 1) return { ok: false, error: "not_pending" };

      const decisionId = tx
        .insert(decisions)
        .values({
          filingId: filing.id,
          revisionId: filing.currentRevisionId,
          revision: filing.currentRevision,
          reviewerId: ctx.actor.id,
          outcome: input.outcome,
          note: input.note,
          internalNote: input.internalNote,
          claimedAt: filing.claimedAt,
          decidedAt: ctx.now,
          overrideCount: overridden.length,
          qaSampled: ctx.sampled || overridden.length > 0,
          province: filing.province,
        })
        .returning({ id: decisions.id })
        .get().id;
      if (chosen.length > 0) {
        tx.insert(decisionReasons).values(chosen.map((r) => ({ decisionId, code: r.code, field: r.field, materialIndex: r.material, note: r.note }))).run();
      }
      if (overridden.length > 0) {
        tx.insert(decisionOverrides)
          .values(overridden.map((v) => ({ decisionId, violationId: v.id, rule: v.rule, path: v.path, justification: input.overrideJustification })))
          .run();
        recordAuditEvent(tx, {
          action: "filing.override",
          actorId: ctx.actor.id,
          actorEmail: ctx.actor.email,
          filingId: filing.id,
          at: ctx.now,
          detail: { decisionId, rules: overridden.map((v) => v.rule), justification: input.overrideJustification },
        });
      }
      recordAuditEvent(tx, {
        action: "filing.decided",
        actorId: ctx.actor.id,
        actorEmail: ctx.actor.email,
        filingId: filing.id,
        at: ctx.now,
        detail: { decisionId, revision: filing.currentRevision, before: { status: "pending" }, after: { status: input.outcome }, reasons: chosen.map((r) => r.code) },
      });
      return { ok: true, decisionId, outcome: input.outcome };
    },
    { behavior: "immediate" },
  );
}
