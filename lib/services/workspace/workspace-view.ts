import "server-only";
import { getDb, type Db } from "@/db/client";
import { getActiveReasons } from "@/db/queries/reasons";
import {
  getMaterials,
  getRevisionDocument,
  getTimeline,
  getWorkspace,
  type TimelineEvent,
  type Workspace,
  type WorkspaceDecision,
  type WorkspaceMaterial,
  type WorkspaceViolation,
} from "@/db/queries/workspace";
import { documentFields, type FieldRow } from "@/lib/domain/filings/document-fields";
import { diffRevisions } from "@/lib/domain/filings/revision-diff";
import { maskNumbersInText } from "@/lib/domain/pii/mask";

export type { TimelineEvent, WorkspaceDecision, WorkspaceMaterial, WorkspaceViolation };
export type ReasonOption = ReturnType<typeof getActiveReasons>[number];

export interface RevisionDiffView {
  from: number;
  result: ReturnType<typeof diffRevisions>;
  previousRejection: WorkspaceDecision | null;
}

/** Everything the review workspace shows for one filing, shaped for the page. */
export interface WorkspaceView {
  ws: Workspace;
  fields: FieldRow[];
  /** Rule messages with every number masked (they are shown before any reveal). */
  violations: WorkspaceViolation[];
  severityByPath: Record<string, "error" | "warning">;
  flaggedMaterials: Record<number, "error" | "warning">;
  reasons: ReasonOption[];
  timeline: TimelineEvent[];
  diff: RevisionDiffView | null;
  pending: boolean;
  mine: boolean;
  /** The decision that stands on the current revision (not overturned), if any. */
  standing: WorkspaceDecision | null;
  latest: WorkspaceDecision | null;
}

export function getWorkspaceView(user: { id: number }, filingId: number, options: { db?: Db; now?: number } = {}): WorkspaceView | null {
  const db = options.db ?? getDb();
  const ws = getWorkspace(db, filingId, options.now ?? Date.now());
  if (!ws) return null;
  const severityByPath: Record<string, "error" | "warning"> = {};
  const flaggedMaterials: Record<number, "error" | "warning"> = {};
  for (const v of ws.violations) {
    if (severityByPath[v.path] !== "error") severityByPath[v.path] = v.severity;
    if (v.material !== null && flaggedMaterials[v.material] !== "error") flaggedMaterials[v.material] = v.severity;
  }
  return {
    ws,
    fields: documentFields(ws.document),
    violations: ws.violations.map((v) => ({ ...v, message: { zh: maskNumbersInText(v.message.zh), en: maskNumbersInText(v.message.en) } })),
    severityByPath,
    flaggedMaterials,
    reasons: getActiveReasons(db),
    timeline: getTimeline(db, ws.id),
    diff: revisionDiff(db, ws),
    pending: ws.status === "pending",
    mine: ws.holder?.id === user.id,
    standing: ws.decisions.find((d) => d.revision === ws.revision && d.qa?.verdict !== "overturn") ?? null,
    latest: ws.decisions[0] ?? null,
  };
}

/** "Changes since revision N": the previous revision against this one, beside its rejection. */
function revisionDiff(db: Db, ws: Workspace): RevisionDiffView | null {
  if (ws.revision <= 1) return null;
  const previous = getRevisionDocument(db, ws.id, ws.revision - 1);
  if (!previous) return null;
  return {
    from: ws.revision - 1,
    result: diffRevisions(
      { document: previous.document, materials: getMaterials(db, previous.id) },
      { document: ws.document, materials: ws.materials },
    ),
    previousRejection: ws.decisions.find((d) => d.revision === ws.revision - 1 && d.outcome === "rejected") ?? null,
  };
}
