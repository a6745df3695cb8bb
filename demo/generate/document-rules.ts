import { resolveData } from "@/demo/documents/document-data";
import type { DOCUMENT_RULE_IDS } from "@/lib/domain/rules";
import { normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";
import type { FilingInput } from "@/lib/domain/validation/filing";
import type { FileSpec } from "@/demo/generate/materials";
import { materialOwner } from "@/demo/generate/readable-files";

// The DOC_* rules (lib/domain/rules/documents.ts) a filing's documents fire when the reader reads
// exactly what is printed: the printed values against the entered ones, compared as the rules
// compare them. Recorded on each generated filing, so the demo and the accuracy script
// (demo/documents/reading-accuracy.ts) can tell a planted disagreement from a misreading.

export type DocumentRuleId = (typeof DOCUMENT_RULE_IDS)[number];

/** A range the reader accepts: an end 5, 10 or 20 years after the start, to the day, or 长期. */
function consistentValidity(from: string, until: string): boolean {
  if (until === "长期") return true;
  const years = Number(until.slice(0, 4)) - Number(from.slice(0, 4));
  return [5, 10, 20].includes(years) && until.slice(4) === from.slice(4);
}

const differ = (printed: string, entered: string) => normaliseText(printed) !== normaliseText(entered);

export function expectedDocumentRules(document: FilingInput, files: readonly FileSpec[]): DocumentRuleId[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  const fired = new Set<DocumentRuleId>();
  for (const material of document.materials ?? []) {
    const spec = byName.get(material.file);
    if (spec?.type !== "image" || !spec.readAs) continue;
    const printed = resolveData(spec.data);
    if (material.kind === "subject_certificate") {
      const subject = document.subject;
      if (spec.render !== "subject_certificate") {
        fired.add("DOC_UNREADABLE");
        continue;
      }
      if (normaliseNumber(printed.certificateNumber) !== normaliseNumber(subject.certificateNumber)) fired.add("DOC_CERT_NUMBER_MISMATCH");
      if (differ(printed.subjectName, subject.name)) fired.add("DOC_NAME_MISMATCH");
      const rep = subject.legalRepresentative;
      // A foreign legal representative's name is printed as registered: not compared.
      if (rep && rep.nationality === "CN" && differ(printed.legalRep, rep.name)) fired.add("DOC_NAME_MISMATCH");
      continue;
    }
    const owner = materialOwner(document, material);
    if (!owner) continue;
    if (material.kind.endsWith("_front")) {
      if (spec.render !== "principal_id_front") {
        fired.add("DOC_UNREADABLE");
        continue;
      }
      if (normaliseNumber(printed.idNumber) !== normaliseNumber(owner.idNumber)) fired.add("DOC_ID_NUMBER_MISMATCH");
      if (differ(printed.personName, owner.name)) fired.add("DOC_NAME_MISMATCH");
    } else if (spec.render === "principal_id_back" && consistentValidity(printed.validFrom, printed.validUntil)) {
      if (printed.validUntil !== owner.idValidUntil) fired.add("DOC_ID_EXPIRY_MISMATCH");
    }
  }
  return [...fired].sort();
}
