import type { Filing } from "@/lib/domain/validation/filing";
import type { ReadableKind } from "./reading";

// Which entered field each read field is compared with (document-check.md): the path the
// workspace shows "证件上 / On the document" beside, and the path a DOC_* violation points at.

const LICENCE: Record<string, string> = {
  certificateNumber: "subject.certificateNumber",
  name: "subject.name",
  legalRepresentative: "subject.legalRepresentative.name",
  address: "subject.certificateAddress",
};

export function comparedPath(filing: Pick<Filing, "materials">, index: number, kind: ReadableKind, field: string): string | null {
  if (kind === "subject_certificate") return LICENCE[field] ?? null;
  const material = filing.materials[index];
  const person = kind.startsWith("site_") ? `websites[${material?.website ?? 0}].principal` : "principal";
  const leaf = field === "idNumber" ? "idNumber" : field === "name" ? "name" : field === "validUntil" ? "idValidUntil" : null;
  return leaf ? `${person}.${leaf}` : null;
}
