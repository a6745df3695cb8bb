import type { Filing } from "@/lib/domain/validation/filing";
import { RESIDENT_ID_CARD } from "@/lib/domain/validation/constants";
import type { ReadableKind } from "./reading";

// Which of a filing's materials the reader reads (document-check.md "What is read"): a unit's
// certificate, and the ID cards of people whose ID type is 居民身份证. Other kinds and ID types
// (passports, permits) are not read, and no check fires for them.

export interface ReadableMaterial {
  index: number;
  kind: ReadableKind;
}

export function readableMaterials(filing: Filing): ReadableMaterial[] {
  const out: ReadableMaterial[] = [];
  filing.materials.forEach((material, index) => {
    const kind = material.kind;
    if (kind === "subject_certificate") {
      if (filing.subject.kind === "unit") out.push({ index, kind });
      return;
    }
    if (kind === "principal_id_front" || kind === "principal_id_back") {
      if (filing.principal.idType === RESIDENT_ID_CARD) out.push({ index, kind });
    } else if (kind === "site_principal_id_front" || kind === "site_principal_id_back") {
      if (filing.websites[material.website ?? 0]?.principal.idType === RESIDENT_ID_CARD) out.push({ index, kind });
    }
  });
  return out;
}
