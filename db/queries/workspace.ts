import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  auditEvents,
  decisionReasons,
  decisionUndos,
  decisions,
  filingRevisions,
  filings,
  materials,
  qaReviews,
  users,
  violations,
} from "@/db/schema";

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
  /** The material's address in /api/materials URLs (random, unguessable). */
  publicId: string;
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
  /** End of the undo window (decided_at when there was none). */
  holdUntil: number;
  /** Taken back by the reviewer within the window: it never went out. */
  undone: boolean;
  reasons: { code: string; field: string | null; material: number | null; note: string }[];
  qa: { verdict: "agree" | "overturn"; note: string; leadEmail: string; leadName: string; createdAt: number } | null;
}

export interface Workspace {
  id: number;
  externalId: string;
  revision: number;
  revisionId: number;
  status: "pending" | "approved" | "rejected";
  documentCheck: "pending" | "done" | "failed";
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
  const row = db
    .select({
      id: filings.id,
      externalId: filings.externalId,
      revision: filings.currentRevision,
      revisionId: filings.currentRevisionId,
      status: filings.status,
      documentCheck: filings.documentCheck,
      province: filings.province,
      type: filings.type,
      subjectKind: filings.subjectKind,
      submittedAt: filings.submittedAt,
      slaDueAt: filings.slaDueAt,
      claimExpiresAt: filings.claimExpiresAt,
      receivedAt: filingRevisions.receivedAt,
      ruleSetVersion: filingRevisions.ruleSetVersion,
      document: filingRevisions.document,
      // Null when nobody holds a claim (the left join finds no user).
      holder: { id: users.id, email: users.email, name: users.name },
    })
    .from(filings)
    .innerJoin(filingRevisions, eq(filingRevisions.id, filings.currentRevisionId))
    .leftJoin(users, eq(users.id, filings.claimedBy))
    .where(eq(filings.id, id))
    .get();
  if (!row) return null;
  const { holder, claimExpiresAt, document, ...filing } = row;
  // An expired claim is no claim: anyone may take the filing.
  const claimLive = holder !== null && claimExpiresAt !== null && claimExpiresAt > now;
  return {
    ...filing,
    document: JSON.parse(document),
    holder: claimLive ? { ...holder, expiresAt: claimExpiresAt } : null,
    violations: getViolations(db, row.revisionId),
    materials: getMaterials(db, row.revisionId),
    decisions: getDecisions(db, id),
    revisions: db
      .select({ revision: filingRevisions.revision, id: filingRevisions.id, receivedAt: filingRevisions.receivedAt })
      .from(filingRevisions)
      .where(eq(filingRevisions.filingId, id))
      .orderBy(asc(filingRevisions.revision))
      .all(),
  };
}

/** Errors before warnings, then in the order the rules reported them. */
const SEVERITY_ORDER = sql`CASE ${violations.severity} WHEN 'error' THEN 0 ELSE 1 END`;

/** The revision's standing violations: a re-check's superseded ones are evidence, not findings. */
export function getViolations(db: Db, revisionId: number): WorkspaceViolation[] {
  return db
    .select({
      id: violations.id,
      rule: violations.rule,
      severity: violations.severity,
      path: violations.path,
      material: violations.materialIndex,
      reason: violations.reason,
      ruleSetVersion: violations.ruleSetVersion,
      message: { zh: violations.messageZh, en: violations.messageEn },
    })
    .from(violations)
    .where(and(eq(violations.revisionId, revisionId), isNull(violations.supersededAt)))
    .orderBy(SEVERITY_ORDER, asc(violations.id))
    .all();
}

export function getMaterials(db: Db, revisionId: number): WorkspaceMaterial[] {
  return db
    .select({
      id: materials.id,
      publicId: materials.publicId,
      idx: materials.idx,
      kind: materials.kind,
      website: materials.website,
      mediaType: materials.mediaType,
      width: materials.width,
      height: materials.height,
      sha256: materials.sha256,
    })
    .from(materials)
    .where(eq(materials.revisionId, revisionId))
    .orderBy(asc(materials.idx))
    .all();
}

/** The filing's decisions, newest first, each with its reasons and second review (one query each, not one per decision). */
export function getDecisions(db: Db, filingId: number): WorkspaceDecision[] {
  const rows = db
    .select({
      id: decisions.id,
      revision: decisions.revision,
      outcome: decisions.outcome,
      note: decisions.note,
      internalNote: decisions.internalNote,
      decidedAt: decisions.decidedAt,
      reviewerId: decisions.reviewerId,
      reviewerEmail: users.email,
      reviewerName: users.name,
      overrideCount: decisions.overrideCount,
      holdUntil: decisions.holdUntil,
      undone: sql<boolean>`EXISTS (SELECT 1 FROM ${decisionUndos} WHERE ${decisionUndos.decisionId} = ${decisions.id})`,
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.reviewerId))
    .where(eq(decisions.filingId, filingId))
    .orderBy(desc(decisions.decidedAt), desc(decisions.id))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((d) => d.id);

  const reasonsByDecision = new Map<number, WorkspaceDecision["reasons"]>();
  const reasonRows = db
    .select({
      decisionId: decisionReasons.decisionId,
      code: decisionReasons.code,
      field: decisionReasons.field,
      material: decisionReasons.materialIndex,
      note: decisionReasons.note,
    })
    .from(decisionReasons)
    .where(inArray(decisionReasons.decisionId, ids))
    .orderBy(asc(decisionReasons.id))
    .all();
  for (const { decisionId, ...reason } of reasonRows) {
    const list = reasonsByDecision.get(decisionId);
    if (list) list.push(reason);
    else reasonsByDecision.set(decisionId, [reason]);
  }

  // qa_reviews is unique per decision, so this is at most one review each.
  const qaByDecision = new Map<number, NonNullable<WorkspaceDecision["qa"]>>();
  const qaRows = db
    .select({
      decisionId: qaReviews.decisionId,
      verdict: qaReviews.verdict,
      note: qaReviews.note,
      leadEmail: users.email,
      leadName: users.name,
      createdAt: qaReviews.createdAt,
    })
    .from(qaReviews)
    .innerJoin(users, eq(users.id, qaReviews.leadId))
    .where(inArray(qaReviews.decisionId, ids))
    .all();
  for (const { decisionId, ...qa } of qaRows) qaByDecision.set(decisionId, qa);

  return rows.map((d) => ({
    ...d,
    undone: Boolean(d.undone),
    reasons: reasonsByDecision.get(d.id) ?? [],
    qa: qaByDecision.get(d.id) ?? null,
  }));
}

export function getRevisionDocument(db: Db, filingId: number, revision: number): { id: number; document: Record<string, unknown> } | null {
  const row = db
    .select({ id: filingRevisions.id, document: filingRevisions.document })
    .from(filingRevisions)
    .where(and(eq(filingRevisions.filingId, filingId), eq(filingRevisions.revision, revision)))
    .get();
  return row ? { id: row.id, document: JSON.parse(row.document) } : null;
}

export interface TimelineEvent {
  at: number;
  action: string;
  actorEmail: string | null;
  detail: Record<string, unknown>;
}

/** The audit actions a filing's history panel shows; reveals and the like stay in the audit log. */
const TIMELINE_ACTIONS = [
  "filing.ingested",
  "filing.claimed",
  "filing.released",
  "filing.decided",
  "filing.qa_reviewed",
  "filing.reopened",
  "filing.rechecked",
];

export function getTimeline(db: Db, filingId: number): TimelineEvent[] {
  return db
    .select({ at: auditEvents.at, action: auditEvents.action, actorEmail: auditEvents.actorEmail, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.filingId, filingId), inArray(auditEvents.action, TIMELINE_ACTIONS)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(100)
    .all()
    .map((e) => ({ ...e, detail: JSON.parse(e.detail) }));
}
