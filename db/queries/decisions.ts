import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { decisionOverrides, decisionReasons, decisions, filings, reasons, violations } from "@/db/schema";

// The rows of a decision. Whether a decision may be recorded is lib/services/decisions/decide's
// rule; these only read and write, inside its transaction.

export function getFilingForDecision(tx: Tx, filingId: number) {
  return tx
    .select({
      id: filings.id,
      status: filings.status,
      currentRevision: filings.currentRevision,
      currentRevisionId: filings.currentRevisionId,
      claimedBy: filings.claimedBy,
      claimedAt: filings.claimedAt,
      claimExpiresAt: filings.claimExpiresAt,
      province: filings.province,
    })
    .from(filings)
    .where(eq(filings.id, filingId))
    .get();
}

export function getStandingViolations(tx: Tx, revisionId: number) {
  return tx
    .select({
      id: violations.id,
      rule: violations.rule,
      path: violations.path,
      severity: violations.severity,
      material: violations.materialIndex,
    })
    .from(violations)
    .where(and(eq(violations.revisionId, revisionId), isNull(violations.supersededAt)))
    .all();
}

/** The codes among `codes` that are in the catalog and active. */
export function activeReasonCodes(tx: Tx, codes: readonly string[]): string[] {
  if (codes.length === 0) return [];
  return tx
    .select({ code: reasons.code })
    .from(reasons)
    .where(and(inArray(reasons.code, [...codes]), eq(reasons.active, true)))
    .all()
    .map((r) => r.code);
}

/**
 * The conditional UPDATE that decides who wins: still pending, on this revision, claimed by this
 * reviewer with a live claim. Returns the changed-row count (1 for exactly one caller).
 */
export function closeFiling(
  tx: Tx,
  input: { filingId: number; revision: number; reviewerId: number; outcome: "approved" | "rejected"; now: number },
): number {
  return tx
    .update(filings)
    .set({
      status: input.outcome,
      claimedBy: null,
      claimedAt: null,
      claimExpiresAt: null,
      version: sql`${filings.version} + 1`,
      updatedAt: input.now,
    })
    .where(
      and(
        eq(filings.id, input.filingId),
        eq(filings.status, "pending"),
        eq(filings.currentRevision, input.revision),
        eq(filings.claimedBy, input.reviewerId),
        gt(filings.claimExpiresAt, input.now),
      ),
    )
    .run().changes;
}

export function insertDecision(tx: Tx, values: typeof decisions.$inferInsert): number {
  return tx.insert(decisions).values(values).returning({ id: decisions.id }).get().id;
}

export function insertDecisionReasons(
  tx: Tx,
  decisionId: number,
  chosen: { code: string; field: string | null; material: number | null; note: string }[],
): void {
  if (chosen.length === 0) return;
  tx.insert(decisionReasons)
    .values(chosen.map((r) => ({ decisionId, code: r.code, field: r.field, materialIndex: r.material, note: r.note })))
    .run();
}

export function insertDecisionOverrides(
  tx: Tx,
  decisionId: number,
  overridden: { id: number; rule: string; path: string }[],
  justification: string,
): void {
  if (overridden.length === 0) return;
  tx.insert(decisionOverrides)
    .values(overridden.map((v) => ({ decisionId, violationId: v.id, rule: v.rule, path: v.path, justification })))
    .run();
}
