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
import { maskIdNumber, maskNumbersInText } from "@/lib/domain/pii/mask";
import { readingsOfRevision } from "@/db/queries/documents";
import { openedMaterials } from "@/db/queries/decision-hold";
import { comparedPath } from "@/lib/domain/documents/document-fields";
import type { DocumentReading } from "@/lib/domain/documents/reading";
import type { Filing } from "@/lib/domain/validation/filing";

export type { TimelineEvent, WorkspaceDecision, WorkspaceMaterial, WorkspaceViolation };
export type ReasonOption = ReturnType<typeof getActiveReasons>[number];

/** One field read from a document, placed on its image and beside the entered value it compares with. */
export interface DocumentBox {
  /** The entered field compared (data-field); null for a field shown but not compared. */
  path: string | null;
  field: string;
  material: number;
  /** Box in percent of the stored image (the viewer's preview has the same proportions). */
  left: number;
  top: number;
  width: number;
  height: number;
  /** What the document says, masked like the entered value when it is a personal number. */
  text: string;
  pii: boolean;
}

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
  /** 证照比对 of the current revision. */
  documentCheck: "pending" | "done" | "failed";
  /** Every field read, by material index (in the order the reader gave them). */
  documentBoxes: Record<number, DocumentBox[]>;
  diff: RevisionDiffView | null;
  pending: boolean;
  mine: boolean;
  /** The decision that stands on the current revision (not overturned), if any. */
  standing: WorkspaceDecision | null;
  latest: WorkspaceDecision | null;
  /** Documents of the current revision this user has opened in the large viewer. */
  openedMaterials: number[];
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
  const fields = documentFields(ws.document);
  return {
    ws,
    fields,
    violations: ws.violations.map((v) => ({ ...v, message: { zh: maskNumbersInText(v.message.zh), en: maskNumbersInText(v.message.en) } })),
    severityByPath,
    flaggedMaterials,
    reasons: getActiveReasons(db),
    timeline: getTimeline(db, ws.id),
    documentCheck: ws.documentCheck,
    documentBoxes: documentBoxes(db, ws, fields),
    diff: revisionDiff(db, ws),
    pending: ws.status === "pending",
    mine: ws.holder?.id === user.id,
    standing: ws.decisions.find((d) => d.revision === ws.revision && d.qa?.verdict !== "overturn" && !d.undone) ?? null,
    latest: ws.decisions.find((d) => !d.undone) ?? null,
    openedMaterials: [...openedMaterials(db, ws.revisionId, user.id).keys()],
  };
}

/** The readings of the current revision's documents as boxes on their images. */
function documentBoxes(db: Db, ws: Workspace, fields: FieldRow[]): Record<number, DocumentBox[]> {
  const piiPaths = new Set(fields.filter((f) => f.pii).map((f) => f.path));
  const out: Record<number, DocumentBox[]> = {};
  for (const [idx, row] of readingsOfRevision(db, ws.revisionId)) {
    const material = ws.materials.find((m) => m.idx === idx);
    if (!material?.width || !material.height) continue;
    const reading = JSON.parse(row.reading) as DocumentReading;
    out[idx] = Object.entries(reading.fields).map(([field, value]) => {
      const path = comparedPath(ws.document as Filing, idx, reading.kind, field);
      const pii = path !== null && piiPaths.has(path);
      return {
        path,
        field,
        material: idx,
        left: (100 * value.box.x) / material.width!,
        top: (100 * value.box.y) / material.height!,
        width: (100 * value.box.width) / material.width!,
        height: (100 * value.box.height) / material.height!,
        text: pii ? maskIdNumber(value.text) : value.text,
        pii,
      };
    });
  }
  return out;
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
