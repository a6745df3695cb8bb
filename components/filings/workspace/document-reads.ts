import type { FieldRow } from "@/lib/domain/filings/document-fields";
import { normaliseText } from "@/lib/domain/validation/normalise";
import type { DocumentBox, WorkspaceViolation } from "@/lib/services/workspace/workspace-view";

// Shapes the document readings for the workspace's client components, on the server: each
// component gets only what it draws (a box on its image, a line under its field row).

export type DocumentFlag = "error" | "warning";

/** A read field as the viewer draws it: where, what label, and whether a DOC_* rule fired on it. */
export interface ViewerBox {
  /** data-field of the box: the compared path, or the reader's field name when nothing is compared. */
  field: string;
  /** The compared path (what the focus mechanism points at); null when not compared. */
  path: string | null;
  /** The reader's field name (certificateNumber, name, idNumber, …): picks the label. */
  readerField: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** What the document says (masked for personal numbers), for the box's tooltip. */
  text: string;
  flag: DocumentFlag | null;
}

/** What the document says for one entered field. */
export interface FieldReading {
  /** Masked like the entered value for personal numbers. */
  text: string;
  /** The document's material index: the row can open it. */
  material: number;
  mismatch: boolean;
}

export function isDocumentRule(rule: string): boolean {
  return rule.startsWith("DOC_");
}

/** Case-, width- and whitespace-insensitive: an OCR'd "110105 19920815002x" is the entered number. */
export function sameReading(read: string, entered: string): boolean {
  const norm = (value: string) => normaliseText(value.normalize("NFKC").replace(/\s+/g, ""));
  return norm(read) === norm(entered);
}

/** The DOC_* flags by material and path, the stronger severity winning. */
function documentFlags(violations: readonly WorkspaceViolation[]): Map<string, DocumentFlag> {
  const flags = new Map<string, DocumentFlag>();
  for (const v of violations) {
    if (!isDocumentRule(v.rule) || v.material === null) continue;
    const key = `${v.material}|${v.path}`;
    if (flags.get(key) !== "error") flags.set(key, v.severity);
  }
  return flags;
}

export function viewerBoxes(boxes: Record<number, DocumentBox[]>, violations: readonly WorkspaceViolation[]): Record<number, ViewerBox[]> {
  const flags = documentFlags(violations);
  const out: Record<number, ViewerBox[]> = {};
  for (const [idx, list] of Object.entries(boxes)) {
    out[Number(idx)] = list.map((b) => ({
      field: b.path ?? b.field,
      path: b.path,
      readerField: b.field,
      left: b.left,
      top: b.top,
      width: b.width,
      height: b.height,
      text: b.text,
      flag: b.path ? (flags.get(`${b.material}|${b.path}`) ?? null) : null,
    }));
  }
  return out;
}

/**
 * The first reading of each compared path (as the reveal action finds it). A personal number is
 * masked on both sides, so where the masks agree the DOC_* violation is what tells them apart.
 */
export function fieldReadings(
  boxes: Record<number, DocumentBox[]>,
  rows: readonly FieldRow[],
  violations: readonly WorkspaceViolation[],
): Record<string, FieldReading> {
  const flags = documentFlags(violations);
  const display = new Map(rows.map((r) => [r.path, r.display]));
  const out: Record<string, FieldReading> = {};
  const ordered = Object.values(boxes)
    .flat()
    .sort((a, b) => a.material - b.material);
  for (const box of ordered) {
    if (!box.path || box.path in out || !display.has(box.path)) continue;
    const flagged = flags.has(`${box.material}|${box.path}`);
    out[box.path] = { text: box.text, material: box.material, mismatch: flagged || !sameReading(box.text, display.get(box.path) ?? "") };
  }
  return out;
}
