import "server-only";
import type { Db } from "../client";

export interface UpstreamView {
  externalId: string;
  revision: number;
  status: "pending" | "approved" | "rejected";
  violations: { rule: string; severity: string; path: string; material: number | null; reason: string; message: { zh: string; en: string } }[];
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
export function getUpstreamView(db: Db, externalId: string): UpstreamView | null {
  const sqlite = db.$client;
  const filing = sqlite
    .prepare<[string], { id: number; revision: number; revisionId: number; status: UpstreamView["status"] }>(
      `SELECT id, current_revision AS revision, current_revision_id AS revisionId, status FROM filings WHERE external_id = ?`,
    )
    .get(externalId);
  if (!filing) return null;
  const violations = sqlite
    .prepare<[number], { rule: string; severity: string; path: string; material: number | null; reason: string; zh: string; en: string }>(
      `SELECT rule, severity, path, material_index AS material, reason, message_zh AS zh, message_en AS en
         FROM violations WHERE revision_id = ? AND superseded_at IS NULL ORDER BY id`,
    )
    .all(filing.revisionId)
    .map(({ zh, en, ...v }) => ({ ...v, message: { zh, en } }));
  const decision =
    filing.status === "pending"
      ? undefined
      : sqlite
          .prepare<[number], { id: number; outcome: "approved" | "rejected"; note: string; decidedAt: number }>(
            `SELECT d.id, d.outcome, d.note, d.decided_at AS decidedAt FROM decisions d
              WHERE d.revision_id = ? AND NOT EXISTS (SELECT 1 FROM qa_reviews q WHERE q.decision_id = d.id AND q.verdict = 'overturn')
              ORDER BY d.decided_at DESC, d.id DESC LIMIT 1`,
          )
          .get(filing.revisionId);
  const reasons = decision
    ? sqlite
        .prepare<[number], { code: string; field: string | null; material: number | null; note: string }>(
          `SELECT code, field, material_index AS material, note FROM decision_reasons WHERE decision_id = ? ORDER BY id`,
        )
        .all(decision.id)
    : [];
  return {
    externalId,
    revision: filing.revision,
    status: filing.status,
    violations,
    decision: decision ? { outcome: decision.outcome, reasons, note: decision.note, decidedAt: new Date(decision.decidedAt).toISOString() } : null,
  };
}
