import { addDays } from "@/lib/domain/validation/calendar";
import { isValidUscc } from "@/lib/domain/rules/validators/uscc";
import type { FilingFacts } from "@/demo/generate/facts";
import { makeRegistrationNumber } from "@/demo/generate/identifiers";
import { idBack, idFront, type FileSpec } from "@/demo/generate/materials";
import { addYears, makePerson, pickPlace, pickProvince } from "@/demo/generate/people";
import { streamFor, type Rng } from "@/demo/generate/prng";
import { readableFiles } from "@/demo/generate/readable-files";

// Deliberate disagreements between a document and the form, so the demo shows 证照比对 at work:
// the mistakes applicants make when they upload (the spouse's ID card, the licence from before
// the change, the back photographed twice). At most one per filing: DOCUMENT_FAULT_SHARE of the
// filings carry one (exactly: DOCUMENT_FAULTS_PER_BLOCK in every block of DOCUMENT_FAULT_BLOCK
// consecutive filings, at places drawn per block), its kind by DOCUMENT_FAULT_WEIGHTS among the kinds the filing can carry; the
// DOC_* rules they fire are worked out from what is printed by document-rules.ts, like every
// other disagreement. Every other document prints exactly what was entered.

export const DOCUMENT_FAULT_KINDS = [
  /** The principal's ID front is someone else's card → DOC_ID_NUMBER_MISMATCH and DOC_NAME_MISMATCH. */
  "another_persons_id",
  /** The licence from before 三证合一: the old 15-digit 注册号, while the form has the USCC → DOC_CERT_NUMBER_MISMATCH. */
  "old_registration_number",
  /** The licence printed before a rename, or the head office's for a branch → DOC_NAME_MISMATCH. */
  "other_company_name",
  /** The licence or ID-front slot holds something without the number (a photo, the card's back) → DOC_UNREADABLE. */
  "unreadable",
  /** The ID back of the previous card: its end of validity is not the one entered → DOC_ID_EXPIRY_MISMATCH. */
  "other_id_expiry",
] as const;

export type DocumentFaultKind = (typeof DOCUMENT_FAULT_KINDS)[number];

export interface DocumentFault {
  kind: DocumentFaultKind;
  /** The file that shows it. */
  file: string;
}

/** In every block of this many consecutive filings, DOCUMENT_FAULTS_PER_BLOCK carry a deliberate document mismatch. */
export const DOCUMENT_FAULT_BLOCK = 25;
export const DOCUMENT_FAULTS_PER_BLOCK = 3;
/** 12 %: enough to show on every screen of the queue, few enough to stay the exception. */
export const DOCUMENT_FAULT_SHARE = DOCUMENT_FAULTS_PER_BLOCK / DOCUMENT_FAULT_BLOCK;

/** How the mismatches divide among the kinds (relative; a kind a filing cannot carry passes to the others). */
export const DOCUMENT_FAULT_WEIGHTS: Readonly<Record<DocumentFaultKind, number>> = {
  another_persons_id: 3,
  old_registration_number: 2,
  other_company_name: 2,
  unreadable: 2,
  other_id_expiry: 1,
};

type ImageSpec = Extract<FileSpec, { type: "image" }>;
type Plant = (f: FilingFacts, target: ImageSpec, rng: Rng) => boolean;

const PLANT: Readonly<Record<DocumentFaultKind, { file: (files: ImageSpec[]) => ImageSpec | undefined; plant: Plant }>> = {
  another_persons_id: {
    file: (files) => files.find((s) => s.readAs === "principal_id_front"),
    plant(f, target, rng) {
      // Someone from elsewhere: a relative's or a colleague's card picked up by mistake.
      const home = pickPlace(rng, pickProvince(rng, f.province));
      const other = makePerson(rng, { home, minAge: 24, maxAge: 60, asOf: f.submittedDate });
      if (other.name === f.principal.name) return false;
      target.data = idFront(other, target.data.variant ?? 0).data;
      return true;
    },
  },
  old_registration_number: {
    file: (files) => files.find((s) => s.readAs === "subject_certificate"),
    plant(f, target, rng) {
      const printed = target.data.certificateNumber ?? "";
      if (f.certificateType !== "营业执照" || !isValidUscc(printed)) return false;
      // Its district code is the USCC's (positions 3–8): the same company, registered before 2015.
      target.data = { ...target.data, certificateNumber: makeRegistrationNumber(rng, printed.slice(2, 8)) };
      return true;
    },
  },
  other_company_name: {
    file: (files) => files.find((s) => s.readAs === "subject_certificate"),
    plant(f, target) {
      const name = f.isBranch && f.headOffice ? f.headOffice.name : formerName(f.subjectName);
      if (!name || name === f.subjectName) return false;
      target.data = { ...target.data, subjectName: name };
      return true;
    },
  },
  unreadable: {
    file: (files) => files.find((s) => s.readAs === "subject_certificate") ?? files.find((s) => s.readAs === "principal_id_front"),
    plant(f, target) {
      const variant = target.data.variant ?? 0;
      if (target.readAs === "subject_certificate") {
        // The 核验照片 uploaded in the licence's slot: a photo with no number on it.
        target.render = "verification_photo";
        target.data = { personName: f.principal.name, gender: f.principal.gender, date: f.submittedDate, variant };
      } else {
        // The back of the card photographed twice: no 姓名, no 公民身份号码.
        target.render = "principal_id_back";
        target.data = idBack(f.principal, variant);
      }
      return true;
    },
  },
  other_id_expiry: {
    file: (files) => files.find((s) => s.readAs === "principal_id_back"),
    plant(f, target, rng) {
      // The previous card ran until the current one was issued (never on 29 February: 20 years on is the 28th).
      let until = f.principal.idValidFrom;
      if (until.endsWith("-02-29")) until = addDays(until, -1);
      target.data = { ...target.data, validFrom: addYears(until, -rng.pick([10, 20])), validUntil: until };
      return true;
    },
  },
};

/** 有限公司 ↔ 有限责任公司, as a licence printed before or after a rename shows it; null for other names. */
function formerName(name: string): string | null {
  if (name.endsWith("有限责任公司")) return name.replace(/有限责任公司$/, "有限公司");
  if (name.endsWith("有限公司")) return name.replace(/有限公司$/, "有限责任公司");
  return null;
}

/** Whether filing `index` is one of its block's planned mismatches (the places are a pure function of seed and block). */
export function carriesDocumentFault(seed: number, index: number): boolean {
  const block = Math.floor(index / DOCUMENT_FAULT_BLOCK);
  const rng = streamFor(seed, block, "document-fault-places");
  const places = new Set<number>();
  while (places.size < DOCUMENT_FAULTS_PER_BLOCK) places.add(rng.int(0, DOCUMENT_FAULT_BLOCK - 1));
  return places.has(index % DOCUMENT_FAULT_BLOCK);
}

/**
 * Plants a document fault in `files` (readable ones, sent clean) when `planned`, its kind and
 * details drawn from `rng`. Null otherwise, and for the rare filing that can carry none (every
 * readable document sent grey, small or blurred).
 */
export function plantDocumentFault(f: FilingFacts, files: readonly FileSpec[], planned: boolean, rng: Rng): DocumentFault | null {
  if (!planned) return null;
  const clean = readableFiles(files).filter((s) => s.quality === "clean");
  let kinds = DOCUMENT_FAULT_KINDS.filter((k) => PLANT[k].file(clean));
  while (kinds.length > 0) {
    const kind = rng.weighted(kinds.map((k) => [k, DOCUMENT_FAULT_WEIGHTS[k]] as const));
    const target = PLANT[kind].file(clean)!;
    if (PLANT[kind].plant(f, target, rng)) return { kind, file: target.name };
    kinds = kinds.filter((k) => k !== kind);
  }
  return null;
}
