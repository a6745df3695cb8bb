import "server-only";
import { and, asc, desc, eq, isNull, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisionReasons, decisions, decisionUndos, filings, qaReviews, violations } from "@/db/schema";

export interface UpstreamView {
  externalId: string;
  revision: number;
  status: "pending" | "approved" | "rejected";
  /** 证照比对 of the latest revision (document-check.md). */
  documentCheck: "pending" | "done" | "failed";
  violations: {
    rule: string;
    severity: string;
    path: string;
    material: number | null;
    reason: string;
    message: { zh: string; en: string };
  }[];
  decision: null | {
    outcome: "approved" | "rejected";
    reasons: { code: string; field: string | null; material: number | null; note: string }[];
    note: string;
    decidedAt: string;
  };
}

/**
 * What the upstream system reads back: the latest revision, its standing violations, and the
 * decision that stands on it (an overturned decision no longer stands: the filing is pending).
 */
export function getUpstreamView(db: Db, externalId: string, now = Date.now()): UpstreamView | null {
  const filing = db
    .select({
      revision: filings.currentRevision,
      revisionId: filings.currentRevisionId,
      status: filings.status,
      documentCheck: filings.documentCheck,
    })
    .from(filings)
    .where(eq(filings.externalId, externalId))
    .get();
  if (!filing) return null;
  const standingViolations = db
    .select({
      rule: violations.rule,
      severity: violations.severity,
      path: violations.path,
      material: violations.materialIndex,
      reason: violations.reason,
      message: { zh: violations.messageZh, en: violations.messageEn },
    })
    .from(violations)
    .where(and(eq(violations.revisionId, filing.revisionId), isNull(violations.supersededAt)))
    .orderBy(asc(violations.id))
    .all();
  const decision =
    filing.status === "pending"
      ? undefined
      : db
          .select({
            id: decisions.id,
            outcome: decisions.outcome,
            note: decisions.note,
            decidedAt: decisions.decidedAt,
            holdUntil: decisions.holdUntil,
          })
          .from(decisions)
          .where(
            and(
              eq(decisions.revisionId, filing.revisionId),
              notExists(
                db
                  .select({ one: sql`1` })
                  .from(qaReviews)
                  .where(and(eq(qaReviews.decisionId, decisions.id), eq(qaReviews.verdict, "overturn"))),
              ),
              // An undone decision never went out.
              notExists(
                db
                  .select({ one: sql`1` })
                  .from(decisionUndos)
                  .where(eq(decisionUndos.decisionId, decisions.id)),
              ),
            ),
          )
          .orderBy(desc(decisions.decidedAt), desc(decisions.id))
          .limit(1)
          .get();
  // Within its undo window a decision has not gone out: upstream still sees the filing pending.
  const held = decision !== undefined && decision.holdUntil > now;
  const reasons =
    decision && !held
      ? db
          .select({
            code: decisionReasons.code,
            field: decisionReasons.field,
            material: decisionReasons.materialIndex,
            note: decisionReasons.note,
          })
          .from(decisionReasons)
          .where(eq(decisionReasons.decisionId, decision.id))
          .orderBy(asc(decisionReasons.id))
          .all()
      : [];
  return {
    externalId,
    revision: filing.revision,
    status: held ? "pending" : filing.status,
    documentCheck: filing.documentCheck,
    violations: standingViolations,
    decision:
      decision && !held
        ? { outcome: decision.outcome, reasons, note: decision.note, decidedAt: new Date(decision.decidedAt).toISOString() }
        : null,
  };
}
