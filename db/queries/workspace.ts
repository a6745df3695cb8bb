import "server-only";
import type { Db } from "../client";

export interface WorkspaceViolation {
  id: number;
  rule: string;
  severity: "error" | "warning";
  path: string;
  material: number | null;
  reason: string;
  message: { zh: string; en: string };
  ruleSetVersion: string;
}

export interface WorkspaceMaterial {
  id: number;
  idx: number;
  kind: string;
  website: number | null;
  mediaType: string;
  width: number | null;
  height: number | null;
  sha256: string;
}

export interface WorkspaceDecision {
  id: number;
  revision: number;
  outcome: "approved" | "rejected";
  note: string;
  internalNote: string;
  decidedAt: number;
  reviewerId: number;
  reviewerEmail: string;
  reviewerName: string;
  overrideCount: number;
  reasons: { code: string; field: string | null; material: number | null; note: string }[];
  qa: { verdict: "agree" | "overturn"; note: string; leadEmail: string; leadName: string; createdAt: number } | null;
}

export interface Workspace {
  id: number;
  externalId: string;
  revision: number;
  revisionId: number;
  status: "pending" | "approved" | "rejected";
  province: string;
  type: string;
  subjectKind: string;
  submittedAt: number;
  slaDueAt: number;
  receivedAt: number;
  ruleSetVersion: string;
  document: Record<string, unknown>;
  holder: { id: number; email: string; name: string; expiresAt: number } | null;
  violations: WorkspaceViolation[];
  materials: WorkspaceMaterial[];
  decisions: WorkspaceDecision[];
  revisions: { revision: number; id: number; receivedAt: number }[];
}

export function getWorkspace(db: Db, id: number, now = Date.now()): Workspace | null {
  const sqlite = db.$client;
  const row = sqlite
    .prepare<[number], Record<string, unknown>>(
      `SELECT f.id, f.external_id, f.current_revision, f.current_revision_id, f.status, f.province, f.type, f.subject_kind,
              f.submitted_at, f.sla_due_at, f.claimed_by, f.claim_expires_at, r.document, r.received_at, r.rule_set_version,
              u.email AS holder_email, u.name AS holder_name
         FROM filings f JOIN filing_revisions r ON r.id = f.current_revision_id
         LEFT JOIN users u ON u.id = f.claimed_by
        WHERE f.id = ?`,
    )
    .get(id);
  if (!row) return null;
  const revisionId = row.current_revision_id as number;
  const claimLive = row.claimed_by !== null && (row.claim_expires_at as number) > now;
  return {
    id: row.id as number,
    externalId: row.external_id as string,
    revision: row.current_revision as number,
    revisionId,
    status: row.status as Workspace["status"],
    province: row.province as string,
    type: row.type as string,
    subjectKind: row.subject_kind as string,
    submittedAt: row.submitted_at as number,
    slaDueAt: row.sla_due_at as number,
    receivedAt: row.received_at as number,
    ruleSetVersion: row.rule_set_version as string,
    document: JSON.parse(row.document as string),
    holder: claimLive ? { id: row.claimed_by as number, email: row.holder_email as string, name: row.holder_name as string, expiresAt: row.claim_expires_at as number } : null,
    violations: getViolations(db, revisionId),
    materials: getMaterials(db, revisionId),
    decisions: getDecisions(db, id),
    revisions: sqlite
      .prepare<[number], { revision: number; id: number; receivedAt: number }>(`SELECT revision, id, received_at AS receivedAt FROM filing_revisions WHERE filing_id = ? ORDER BY revision`)
      .all(id),
  };
}

const SEVERITY_ORDER = `CASE severity WHEN 'error' THEN 0 ELSE 1 END`;

export function getViolations(db: Db, revisionId: number): WorkspaceViolation[] {
  return db.$client
    .prepare<[number], Omit<WorkspaceViolation, "message"> & { zh: string; en: string }>(
      `SELECT id, rule, severity, path, material_index AS material, reason, message_zh AS zh, message_en AS en, rule_set_version AS ruleSetVersion
         FROM violations WHERE revision_id = ? AND superseded_at IS NULL ORDER BY ${SEVERITY_ORDER}, id`,
    )
    .all(revisionId)
    .map(({ zh, en, ...v }) => ({ ...v, message: { zh, en } }));
}

export function getMaterials(db: Db, revisionId: number): WorkspaceMaterial[] {
  return db.$client
    .prepare<[number], WorkspaceMaterial>(
      `SELECT id, idx, kind, website, media_type AS mediaType, width, height, sha256 FROM materials WHERE revision_id = ? ORDER BY idx`,
    )
    .all(revisionId);
}

export function getDecisions(db: Db, filingId: number): WorkspaceDecision[] {
  const sqlite = db.$client;
  const decisions = sqlite
    .prepare<[number], Omit<WorkspaceDecision, "reasons" | "qa">>(
      `SELECT d.id, d.revision, d.outcome, d.note, d.internal_note AS internalNote, d.decided_at AS decidedAt, d.reviewer_id AS reviewerId,
              u.email AS reviewerEmail, u.name AS reviewerName, d.override_count AS overrideCount
         FROM decisions d JOIN users u ON u.id = d.reviewer_id WHERE d.filing_id = ? ORDER BY d.decided_at DESC, d.id DESC`,
    )
    .all(filingId);
  const reasons = sqlite.prepare<[number], WorkspaceDecision["reasons"][number]>(
    `SELECT code, field, material_index AS material, note FROM decision_reasons WHERE decision_id = ? ORDER BY id`,
  );
  const qa = sqlite.prepare<[number], NonNullable<WorkspaceDecision["qa"]>>(
    `SELECT q.verdict, q.note, u.email AS leadEmail, u.name AS leadName, q.created_at AS createdAt FROM qa_reviews q JOIN users u ON u.id = q.lead_id WHERE q.decision_id = ?`,
  );
  return decisions.map((d) => ({ ...d, reasons: reasons.all(d.id), qa: qa.get(d.id) ?? null }));
}

export function getRevisionDocument(db: Db, filingId: number, revision: number): { id: number; document: Record<string, unknown> } | null {
  const row = db.$client
    .prepare<[number, number], { id: number; document: string }>(`SELECT id, document FROM filing_revisions WHERE filing_id = ? AND revision = ?`)
    .get(filingId, revision);
  return row ? { id: row.id, document: JSON.parse(row.document) } : null;
}

export interface TimelineEvent {
  at: number;
  action: string;
  actorEmail: string | null;
  detail: Record<string, unknown>;
}

export function getTimeline(db: Db, filingId: number): TimelineEvent[] {
  return db.$client
    .prepare<[number], { at: number; action: string; actorEmail: string | null; detail: string }>(
      `SELECT at, action, actor_email AS actorEmail, detail FROM audit_events
        WHERE filing_id = ? AND action IN ('filing.ingested','filing.claimed','filing.released','filing.decided','filing.qa_reviewed','filing.reopened','filing.rechecked')
        ORDER BY at DESC, id DESC LIMIT 100`,
    )
    .all(filingId)
    .map((e) => ({ ...e, detail: JSON.parse(e.detail) }));
}
