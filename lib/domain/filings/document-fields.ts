import { maskIdNumber, maskMobile } from "@/lib/domain/pii/mask";
import { SUBJECT_KIND_LABELS } from "@/lib/domain/validation/labels";
import { FIELD_LABELS, fieldPattern } from "@/lib/domain/filings/field-labels";

export type FieldGroup = "subject" | "principal" | "website" | "existingRecord";
export type PiiKind = "id" | "phone";

export interface FieldRow {
  path: string;
  group: FieldGroup;
  website: number | null;
  label: { zh: string; en: string };
  /** What the page shows before a reveal: masked for personal numbers. */
  display: string;
  pii: PiiKind | null;
}

const PHONE_KEYS = new Set(["mobile", "officePhone", "emergencyPhone"]);

function piiKindOf(path: string, individual: boolean): PiiKind | null {
  const key = path.slice(path.lastIndexOf(".") + 1);
  if (key === "idNumber") return "id";
  if (PHONE_KEYS.has(key)) return "phone";
  if (individual && (path === "subject.certificateNumber" || path === "websites[0].domainOwner.certificateNumber")) return "id";
  return null;
}

const VALUE_LABELS: Record<string, Record<string, { zh: string; en: string }>> = {
  "subject.kind": SUBJECT_KIND_LABELS,
};

function displayOf(value: unknown): string {
  if (typeof value === "boolean") return value ? "✓" : "✗";
  if (Array.isArray(value)) return value.join("、");
  if (value === null || value === undefined) return "";
  return String(value);
}

/**
 * Flattens the filing document into labelled rows in reading order; paths use the notation of
 * filing-format.md so violations and rejection reasons point at them.
 */
export function documentFields(document: Record<string, unknown>): FieldRow[] {
  const rows: FieldRow[] = [];
  const individual = (document.subject as { kind?: string } | undefined)?.kind === "individual";
  const visit = (value: unknown, path: string, group: FieldGroup, website: number | null) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`, group, website);
      return;
    }
    const pii = piiKindOf(path, individual);
    const text = VALUE_LABELS[path]?.[String(value)]?.zh ?? displayOf(value);
    rows.push({
      path,
      group,
      website,
      label: FIELD_LABELS[fieldPattern(path)] ?? { zh: path, en: path },
      display: pii === "id" ? maskIdNumber(text) : pii === "phone" ? maskMobile(text) : text,
      pii: pii && text ? pii : null,
    });
  };
  visit(document.subject, "subject", "subject", null);
  visit(document.principal, "principal", "principal", null);
  (document.websites as unknown[] | undefined)?.forEach((site, i) => visit(site, `websites[${i}]`, "website", i));
  if (document.existingRecord) visit(document.existingRecord, "existingRecord", "existingRecord", null);
  return rows;
}

/** The raw value at a path of the document, for an audited reveal. */
export function valueAtPath(document: unknown, path: string): unknown {
  const parts = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let current: unknown = document;
  for (const part of parts) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
