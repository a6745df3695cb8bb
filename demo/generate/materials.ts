import { PROVINCE_TABLE } from "@/lib/domain/rules";
import type { CaptureOptions } from "@/demo/documents/capture-options";
import type { DocumentData } from "@/demo/documents/document-data";
import type { DocumentKind } from "@/demo/documents/document-kinds";
import type { ReadableKind } from "@/lib/domain/documents/reading";
import { RESIDENT_ID_CARD, type MaterialKind } from "@/lib/domain/validation/constants";
import type { FilingInput } from "@/lib/domain/validation/filing";
import { rulesLegalRep, samePerson } from "@/demo/generate/build-clean";
import type { FilingFacts, PersonFacts, Quality } from "@/demo/generate/facts";

// Which files a filing sends and what each shows. A file is named once and may back several
// materials (one website principal's ID for two websites). Image files carry the data to print.

export type FileSpec =
  | {
      type: "image";
      name: string;
      /** The material kind it is sent as (the first one, when shared). */
      materialKind: MaterialKind;
      /** The template: an ID-card material of a passport holder renders a passport page. */
      render: DocumentKind;
      data: DocumentData;
      quality: Quality;
      /** The kind the document reader reads it as (a licence or a side of a 居民身份证); absent: not read. See readable-files.ts. */
      readAs?: ReadableKind;
      /** How the applicant captured it (readable documents sent clean); absent: a plain scan, or as rendered when degraded. */
      capture?: CaptureOptions;
    }
  | { type: "video"; name: string; materialKind: "js_commitment_video"; format: "mp4" | "webm" };

export interface MaterialPlan {
  materials: NonNullable<FilingInput["materials"]>;
  files: FileSpec[];
}

const REGISTRARS = [
  "阿里云计算有限公司（万网）",
  "腾讯云计算（北京）有限责任公司",
  "北京新网数码信息技术有限公司",
  "厦门易名科技股份有限公司",
];

/** What an ID-card material of `p` shows: the card's front, or a passport holder's data page. */
export function idFront(p: PersonFacts, variant: number): { render: DocumentKind; data: DocumentData } {
  if (p.idType !== RESIDENT_ID_CARD && p.passport) return { render: "legal_rep_passport", data: passportData(p) };
  return {
    render: "principal_id_front",
    data: {
      personName: p.name,
      gender: p.gender,
      ethnicity: p.ethnicity,
      birthDate: p.birthDate,
      idNumber: p.cardIdNumber ?? p.idNumber,
      idAddress: p.homeAddress,
      variant,
    },
  };
}

/** The back of `p`'s 居民身份证: issuing authority and validity. */
export function idBack(p: PersonFacts, variant: number): DocumentData {
  return { issuingAuthority: p.issuingAuthority, validFrom: p.idValidFrom, validUntil: p.idValidUntil, variant };
}

function passportData(p: PersonFacts): DocumentData {
  return {
    personName: p.name,
    passportNumber: p.idNumber,
    nationality: p.passport?.country,
    latinName: p.passport?.latinName,
    birthDate: p.birthDate,
    gender: p.gender,
    validFrom: p.idValidFrom,
    validUntil: p.idValidUntil,
  };
}

export function planMaterials(f: FilingFacts): MaterialPlan {
  const materials: MaterialPlan["materials"] = [];
  const files: FileSpec[] = [];
  const v = f.variant;
  const site = f.websites[0];
  const rep = rulesLegalRep(f);
  const common: DocumentData = {
    subjectName: f.kind === "unit" ? f.subjectName : f.principal.name,
    certificateNumber: f.kind === "unit" ? f.certificateNumber : f.principal.idNumber,
    legalRep: rep?.name,
    domain: site.domain,
    websiteName: site.name,
    province: f.province,
    date: f.submittedDate,
    variant: v,
  };
  const add = (kind: MaterialKind, name: string, render: DocumentKind, data: DocumentData, website?: number) => {
    if (f.omit.has(kind)) return;
    materials.push(website === undefined ? { kind, file: name } : { kind, file: name, website });
    if (!files.some((file) => file.name === name)) files.push({ type: "image", name, materialKind: kind, render, data, quality: "clean" });
  };

  if (f.kind === "unit") {
    add("subject_certificate", "license.jpg", "subject_certificate", {
      ...common,
      certificateNumber: f.licenceNumber ?? f.certificateNumber,
      legalRep: f.legalRep?.name,
      subjectType: f.companyType,
      address: f.certificateAddress,
      registeredCapital: f.registeredCapital,
      registeredOn: f.registeredOn,
      businessUntil: f.certificateValidUntil ?? "长期",
      registrationAuthority: f.registrationAuthority,
    });
  }
  const front = idFront(f.principal, v);
  add("principal_id_front", "id-front.jpg", front.render, front.data);
  if (f.principal.idType === RESIDENT_ID_CARD) add("principal_id_back", "id-back.jpg", "principal_id_back", idBack(f.principal, v));
  if (rep && rep.nationality !== "CN") add("legal_rep_passport", "legal-rep-passport.jpg", "legal_rep_passport", passportData(rep));
  if (f.kind === "unit" && ((rep && !samePerson(f.principal, rep)) || f.extras.has("principal_authorization"))) {
    add("principal_authorization", "authorization.jpg", "principal_authorization", {
      ...common,
      personName: f.principal.name,
      idNumber: f.principal.idNumber,
    });
  }

  const sitePeople: PersonFacts[] = [];
  f.websites.forEach((w, i) => {
    if (samePerson(w.principal, f.principal)) return;
    let n = sitePeople.findIndex((p) => samePerson(p, w.principal));
    if (n < 0) n = sitePeople.push(w.principal) - 1;
    // The same ID-card templates as the principal's (so generic renders are shared).
    const sf = idFront(w.principal, (v + 1) % 4);
    add("site_principal_id_front", `site-id-front-${n + 1}.jpg`, sf.render, sf.data, i);
    if (w.principal.idType === RESIDENT_ID_CARD) {
      add("site_principal_id_back", `site-id-back-${n + 1}.jpg`, "principal_id_back", idBack(w.principal, (v + 1) % 4), i);
    }
    if (f.extras.has("site_principal_authorization")) {
      add(
        "site_principal_authorization",
        `site-authorization-${n + 1}.jpg`,
        "site_principal_authorization",
        {
          ...common,
          personName: w.principal.name,
          idNumber: w.principal.idNumber,
          domain: w.domain,
          websiteName: w.name,
        },
        i,
      );
    }
  });

  add("verification_photo", "photo.jpg", "verification_photo", { ...common, personName: f.principal.name, gender: f.principal.gender });
  if (f.extras.has("handheld_certificate")) {
    add("handheld_certificate", "handheld.jpg", "handheld_certificate", {
      ...common,
      personName: f.principal.name,
      gender: f.principal.gender,
    });
  }
  if (f.extras.has("residence_permit")) {
    add("residence_permit", "residence-permit.jpg", "residence_permit", {
      ...common,
      personName: f.principal.name,
      gender: f.principal.gender,
      birthDate: f.principal.birthDate,
      idNumber: f.principal.idNumber,
      address: f.mailingAddress,
    });
  }
  if (PROVINCE_TABLE[f.province].authenticityMaterials) {
    const letter = { ...common, personName: f.principal.name, address: f.mailingAddress };
    add("js_responsibility_notice", "js-notice.jpg", "js_responsibility_notice", letter);
    add("js_commitment_letter", "js-commitment.jpg", "js_commitment_letter", letter);
    if (!f.omit.has("js_commitment_video")) {
      const name = `js-commitment.${f.videoFormat}`;
      materials.push({ kind: "js_commitment_video", file: name });
      files.push({ type: "video", name, materialKind: "js_commitment_video", format: f.videoFormat });
    }
  }
  if (f.extras.has("verification_form")) {
    add("verification_form", "verification-form.jpg", "verification_form", {
      ...common,
      personName: f.principal.name,
      idNumber: f.principal.idNumber,
    });
  }
  if (f.extras.has("domain_certificate")) {
    add("domain_certificate", "domain-cert.jpg", "domain_certificate", {
      ...common,
      registrar: REGISTRARS[v % REGISTRARS.length],
      registeredOn: f.registeredOn,
    });
  }

  degrade(f, files);
  return { materials, files };
}

/** Sends the preferred material of each image fault grey, small or blurred. */
function degrade(f: FilingFacts, files: FileSpec[]): void {
  for (const { prefer, quality } of f.degraded) {
    const clean = files.filter((file) => file.type === "image" && file.quality === "clean");
    const target = prefer.map((kind) => clean.find((file) => file.materialKind === kind)).find(Boolean) ?? clean[0];
    if (target?.type === "image") target.quality = quality;
  }
}
