import { renderDocument } from "@/demo/documents/render-document";
import type { FilingInput } from "@/lib/domain/validation/filing";

// The test factories' licences and ID cards print the filing's own data (issue #15), as a real
// applicant's would: the document check reads them and finds nothing to flag, so a test sees
// only the flags it asked for. Rendered once per distinct content (the renderer memoises), and
// read once per distinct file by the console (readings are cached by sha256).

type Person = { name: string; idType: string; idNumber: string; idValidUntil?: string };

/** Birth date and sex as a resident ID number encodes them (GB 11643). */
function fromResidentId(id: string): { birthDate?: string; gender?: "男" | "女" } {
  if (!/^\d{17}[\dX]$/.test(id)) return {};
  return { birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, gender: Number(id[16]) % 2 === 1 ? "男" : "女" };
}

function personOf(document: FilingInput, kind: string, website: number | undefined): Person | undefined {
  if (kind.startsWith("principal_id")) return document.principal as Person;
  if (kind.startsWith("site_principal_id")) return document.websites[website ?? 0]?.principal as Person | undefined;
  return undefined;
}

/** The image a filing's material of a readable kind shows, or undefined for any other kind. */
export function ownDocument(document: FilingInput, material: { kind: string; website?: number | null }): Promise<Buffer> | undefined {
  if (material.kind === "subject_certificate") {
    const subject = document.subject;
    if (subject.kind !== "unit") return undefined;
    return renderDocument("subject_certificate", {
      subjectName: subject.name,
      certificateNumber: subject.certificateNumber,
      legalRep: subject.legalRepresentative?.name,
      address: subject.certificateAddress,
      registeredOn: subject.registeredOn || undefined,
      businessUntil: subject.certificateValidUntil || undefined,
    });
  }
  const person = personOf(document, material.kind, material.website ?? undefined);
  if (!person || person.idType !== "居民身份证") return undefined;
  if (material.kind.endsWith("_front"))
    return renderDocument("principal_id_front", { personName: person.name, idNumber: person.idNumber, ...fromResidentId(person.idNumber) });
  if (material.kind.endsWith("_back")) return renderDocument("principal_id_back", { validUntil: person.idValidUntil || undefined });
  return undefined;
}
