import type { CatalogRuleId } from "@/lib/domain/rules";
import { isValidUscc } from "@/lib/domain/rules/validators/uscc";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { addDays } from "@/lib/domain/validation/calendar";
import { RESIDENT_ID_CARD, type MaterialKind } from "@/lib/domain/validation/constants";
import { rulesLegalRep, samePerson } from "@/demo/generate/build-clean";
import type { FilingFacts, PersonFacts } from "@/demo/generate/facts";
import { makeMobile, makeRegistrationNumber, makeUscc, VIRTUAL_SEGMENTS } from "@/demo/generate/identifiers";
import { addYears, makeForeigner, makePerson, pickPlace, pickProvince, placePrefix, streetAddress } from "@/demo/generate/people";
import type { Rng } from "@/demo/generate/prng";
import { BUILDINGS, ROADS, TRADE_NAMES } from "@/demo/generate/vocabulary";

// Each fault turns a clean filing into one that breaks its rule, the way applicants actually
// get it wrong (a typo, a missing scan, the agent's own phone number). Faults change facts,
// not the document, so the copies of a number or a person stay consistent.

export interface FaultContext {
  rng: Rng;
  /** An earlier clean filing of this run to collide with (a unit one when asked), or null. */
  partner(unitOnly: boolean): FilingFacts | null;
}

type Apply = (f: FilingFacts, ctx: FaultContext) => boolean;

/** What makes a subject (and its principal): copied as a whole for a re-filing from another account. */
const SUBJECT_KEYS = [
  "province",
  "place",
  "kind",
  "nature",
  "subjectName",
  "certificateType",
  "certificateNumber",
  "licenceNumber",
  "threeInOne",
  "certificateAddress",
  "mailingAddress",
  "registeredOn",
  "certificateValidUntil",
  "companyType",
  "registeredCapital",
  "registrationAuthority",
  "isBranch",
  "headOffice",
  "legalRep",
  "investor",
  "remark",
  "officePhone",
] as const satisfies readonly (keyof FilingFacts)[];

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

function employee(f: FilingFacts, rng: Rng): PersonFacts {
  return makePerson(rng, { home: pickPlace(rng, f.province), minAge: 24, maxAge: 55, asOf: f.submittedDate });
}

/** Makes `next` the principal; websites run by the old principal follow, as in real forms. */
function replacePrincipal(f: FilingFacts, next: PersonFacts): void {
  const old = f.principal;
  f.principal = next;
  for (const w of f.websites) if (w.principal === old) w.principal = next;
  if (f.officePhone === old.mobile) {
    // The office phone was the old principal's mobile, with a remark naming them.
    f.officePhone = next.mobile;
    f.remark = f.remark.replaceAll(old.name, next.name);
  }
}

function setRulesLegalRep(f: FilingFacts, rep: PersonFacts): void {
  if (f.isBranch && f.headOffice) f.headOffice.legalRep = rep;
  else f.legalRep = rep;
}

/** A principal who is not the legal representative (the legal rep stays as site principal sometimes). */
function principalNotRep(f: FilingFacts, rng: Rng): void {
  const rep = rulesLegalRep(f);
  if (rep && samePerson(f.principal, rep)) replacePrincipal(f, employee(f, rng));
}

function wrongUsccCheck(uscc: string, rng: Rng): string {
  for (;;) {
    const c = rng.pick([...USCC_CHARS]);
    if (c !== uscc[17]) return uscc.slice(0, 17) + c;
  }
}

const APPLY: Readonly<Record<CatalogRuleId, Apply>> = {
  SUBJECT_CROSS_PROVINCE(f, { rng }) {
    // Registered in one province, filing where its office is.
    const elsewhere = pickPlace(rng, pickProvince(rng, f.province));
    f.certificateAddress = streetAddress(rng, elsewhere);
    if (f.threeInOne) f.certificateNumber = makeUscc(rng, f.certificateNumber.slice(0, 2), elsewhere.district.code);
    return true;
  },
  INDIVIDUAL_OUT_OF_PROVINCE(f, { rng }) {
    const home = pickPlace(rng, pickProvince(rng, f.province));
    const person = makePerson(rng, { home, minAge: 20, maxAge: 50, asOf: f.submittedDate });
    person.email = f.principal.email;
    replacePrincipal(f, person);
    f.subjectName = person.name;
    f.certificateNumber = person.idNumber;
    f.certificateAddress = person.homeAddress;
    f.websites[0].name = f.websites[0].name.replace(/^.+?的/, `${person.name}的`);
    f.extras.delete("residence_permit");
    return true;
  },
  UNIT_CERT_NUMBER_INVALID(f, { rng }) {
    // The licence keeps printing the right number: only what was typed is wrong.
    f.licenceNumber = f.certificateNumber;
    if (f.threeInOne && rng.chance(0.6)) f.certificateNumber = wrongUsccCheck(f.certificateNumber, rng);
    else if (f.threeInOne && f.certificateType === "营业执照")
      f.threeInOne = false; // USCC entered as a 注册号
    else if (!f.threeInOne) f.certificateNumber = f.certificateNumber.slice(0, 14) + ((Number(f.certificateNumber[14]) + 1) % 10);
    else f.certificateNumber = wrongUsccCheck(f.certificateNumber, rng);
    return true;
  },
  NATURE_CODE_MISMATCH(f, { rng }) {
    if (!isValidUscc(f.certificateNumber)) return false;
    f.nature = f.nature === "企业" ? rng.pick(["事业单位", "社会团体", "民办非企业单位"] as const) : "企业";
    return true;
  },
  PERSON_ID_INVALID(f, { rng }) {
    const person = f.principal;
    if (person.idType !== RESIDENT_ID_CARD) return false;
    const id = person.idNumber;
    person.cardIdNumber = id; // the card keeps printing the right number
    if (rng.chance(0.6)) {
      const check = residentIdCheckChar(id.slice(0, 17));
      const wrong = "0123456789X".replace(check, "");
      person.idNumber = id.slice(0, 17) + rng.pick([...wrong]); // a typo in the check character
    } else {
      const first17 = `${id.slice(0, 10)}0230${id.slice(14, 17)}`; // 30 February
      person.idNumber = first17 + residentIdCheckChar(first17);
    }
    if (f.kind === "individual") f.certificateNumber = person.idNumber;
    return true;
  },
  ID_EXPIRED(f, { rng }) {
    const person = f.principal;
    person.idValidUntil = addDays(f.submittedDate, -rng.int(3, 400));
    person.idValidFrom = addYears(person.idValidUntil, -20);
    return true;
  },
  ID_EXPIRING_SOON(f, { rng }) {
    if (f.kind === "unit" && f.certificateValidUntil && rng.chance(0.2)) {
      f.certificateValidUntil = addDays(f.submittedDate, rng.int(15, 80));
      return true;
    }
    const other = f.websites.find((w) => !samePerson(w.principal, f.principal))?.principal;
    const person = other && rng.chance(0.5) ? other : f.principal;
    person.idValidUntil = addDays(f.submittedDate, rng.int(15, 80));
    person.idValidFrom = addYears(person.idValidUntil, -10);
    return true;
  },
  CERT_RECENTLY_CHANGED(f, { rng }) {
    f.registeredOn = addDays(f.submittedDate, -rng.int(0, 5));
    return true;
  },
  ADDRESS_NOT_DETAILED(f, { rng }) {
    f.mailingAddress = rng.chance(0.5)
      ? `${placePrefix(f.place)}${rng.pick(ROADS)}`
      : `${placePrefix(f.place)}${rng.pick(ROADS)}${rng.pick(BUILDINGS)}`;
    f.remark = f.remark.replaceAll("最详细", "");
    return true;
  },
  PRINCIPAL_NOT_LEGAL_REP(f, { rng }) {
    principalNotRep(f, rng);
    if (rng.chance(0.5)) f.extras.add("principal_authorization"); // a letter does not help here
    return true;
  },
  AUTHORIZATION_LETTER_MISSING(f, { rng }) {
    principalNotRep(f, rng);
    f.omit.add("principal_authorization");
    return true;
  },
  FOREIGN_LEGAL_REP_PASSPORT_MISSING(f, { rng }) {
    principalNotRep(f, rng);
    setRulesLegalRep(f, makeForeigner(rng, f.place, f.submittedDate));
    f.omit.add("legal_rep_passport");
    return true;
  },
  FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL(f, { rng }) {
    const foreigner = makeForeigner(rng, f.place, f.submittedDate);
    if (rng.chance(0.3)) {
      replacePrincipal(f, foreigner); // the foreign legal rep names himself
    } else {
      principalNotRep(f, rng);
      f.omit.add("principal_authorization");
    }
    setRulesLegalRep(f, foreigner);
    return true;
  },
  EXISTING_RECORD_CERT_MISMATCH(f, { rng }) {
    if (!f.existingRecord) return false;
    // Filed years ago under the old 15-digit 注册号; the licence is now 三证合一.
    f.existingRecord.certificateNumber = makeRegistrationNumber(rng, f.place.district.code);
    return true;
  },
  EXISTING_RECORD_NOT_COMPLIANT(f, { rng }) {
    if (!f.existingRecord) return false;
    f.existingRecord.principalIsLegalRepresentative = false;
    f.existingRecord.principalName = employee(f, rng).name;
    return true;
  },
  LANDLINE_REQUIRED(f, { rng }) {
    f.officePhone = rng.chance(0.3) ? undefined : f.principal.mobile;
    return true;
  },
  OFFICE_MOBILE_REMARK_MISSING(f, { rng }) {
    f.officePhone = rng.chance(0.5) ? f.principal.mobile : makeMobile(rng);
    f.remark = rng.chance(0.5) ? "" : "办公电话为手机号码";
    return true;
  },
  OFFICE_PHONE_SAME_AS_MOBILE(f, { rng }) {
    const m = f.principal.mobile;
    f.officePhone = rng.pick([m, `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `+86 ${m}`]);
    return true;
  },
  MOBILE_INVALID(f, { rng }) {
    const m = f.principal.mobile;
    const drop = rng.int(3, 10);
    f.principal.mobile = rng.chance(0.7) ? m.slice(0, drop) + m.slice(drop + 1) : `1${rng.pick(["40", "54", "74"])}${m.slice(3)}`;
    return true;
  },
  MOBILE_VIRTUAL_SEGMENT(f, { rng }) {
    const other = f.websites.find((w) => !samePerson(w.principal, f.principal))?.principal;
    const person = other && rng.chance(0.3) ? other : f.principal;
    person.mobile = makeMobile(rng, VIRTUAL_SEGMENTS);
    return true;
  },
  PHONE_SHARED_ACROSS_SUBJECTS(f, ctx) {
    // The agent who filed both put in his own number.
    const partner = ctx.partner(false);
    if (!partner) return false;
    f.principal.mobile = partner.principal.mobile;
    return true;
  },
  SITE_PRINCIPAL_MULTIPLE_UNITS(f, ctx) {
    const partner = ctx.partner(true);
    if (!partner) return false;
    const shared = partner.websites[0].principal;
    const copy: PersonFacts = { ...shared };
    if (samePerson(copy, f.principal)) return false;
    f.websites[0].principal = copy;
    // The same person keeps their mobile, so the phone rule fires too (rules.md allows both).
    f.faults.push("PHONE_SHARED_ACROSS_SUBJECTS");
    return true;
  },
  SUBJECT_ON_OTHER_ACCOUNT(f, ctx) {
    // The same company files again from a colleague's new account: the subject and its principal
    // are the earlier filing's (the principal with this filing's mobile, so no phone rule fires);
    // the websites and their principals stay this filing's own.
    const partner = ctx.partner(true);
    if (!partner) return false;
    const own = f.principal;
    for (const key of SUBJECT_KEYS) (f as unknown as Record<string, unknown>)[key] = partner[key];
    f.principal = { ...partner.principal, mobile: own.mobile, emergencyPhone: own.emergencyPhone };
    if (f.existingRecord) {
      const legalRep = rulesLegalRep(f);
      f.existingRecord.principalIsLegalRepresentative = legalRep !== undefined && samePerson(f.principal, legalRep);
    }
    return true;
  },
  DOMAIN_OWNER_MISMATCH(f, { rng }) {
    const site = f.websites[rng.int(0, f.websites.length - 1)];
    if (f.kind === "unit" && rng.chance(0.5)) {
      // Registered by the web agency that built the site.
      const [trade] = rng.pick(TRADE_NAMES);
      site.ownerName = `${f.place.city.name || f.place.region.fullName}${trade}网络科技有限公司`;
      site.ownerCertificate = rng.chance(0.5) ? makeUscc(rng, "91", f.place.district.code) : "none";
    } else {
      // Registered by a staff member or a relative.
      const person = employee(f, rng);
      site.ownerName = person.name;
      site.ownerCertificate = rng.chance(0.6) ? person.idNumber : "none";
    }
    return true;
  },
  SITE_NAME_INVALID(f, { rng }) {
    const site = f.websites[0];
    const jiangsuPersonal = f.kind === "individual" && f.province === "江苏";
    const national = f.nature !== "政府机关" && f.nature !== "国防机构";
    const variant =
      jiangsuPersonal && rng.chance(0.5) ? "personal" : rng.pick(["domain", "latin", national ? "national" : "domain"] as const);
    if (variant === "personal") site.name = `${f.principal.name}的读书笔记`;
    else if (variant === "domain") site.name = `${site.domain}官网`;
    else if (variant === "latin" && /^[\x00-\x7f]+$/.test(site.domain)) site.name = `${site.domain.split(".")[0].toUpperCase()}官网`;
    else if (variant === "national") site.name = `中国${site.name.replace(/^.+?的/, "")}`;
    else site.name = `${site.domain}官网`;
    return true;
  },
  MATERIAL_MISSING(f, { rng }) {
    const candidates: MaterialKind[] = ["verification_photo", "principal_id_front"];
    if (f.principal.idType === RESIDENT_ID_CARD) candidates.push("principal_id_back", "principal_id_back");
    if (f.kind === "unit") candidates.push("subject_certificate");
    if (f.websites.some((w) => !samePerson(w.principal, f.principal))) candidates.push("site_principal_id_front", "site_principal_id_back");
    f.omit.add(rng.pick(candidates));
    return true;
  },
  JIANGSU_AUTHENTICITY_MISSING(f, { rng }) {
    f.omit.add(
      rng.weighted([
        ["js_commitment_video", 3],
        ["js_commitment_letter", 1],
        ["js_responsibility_notice", 1],
      ] as const),
    );
    return true;
  },
  IMAGE_NOT_COLOR(f) {
    f.degraded.push({ prefer: ["principal_id_front", "subject_certificate", "principal_id_back"], quality: "grey" });
    return true;
  },
  IMAGE_TOO_SMALL(f) {
    f.degraded.push({ prefer: ["principal_id_back", "principal_id_front", "verification_photo"], quality: "small" });
    return true;
  },
  IMAGE_BLURRY(f) {
    // Not the licence first: its fine guilloche keeps a blurred copy near the threshold.
    f.degraded.push({ prefer: ["verification_photo", "principal_id_front", "subject_certificate"], quality: "blurred" });
    return true;
  },
};

/** Breaks `rule` in the filing; false when this filing cannot break it (the caller substitutes). */
export function applyFault(rule: CatalogRuleId, facts: FilingFacts, ctx: FaultContext): boolean {
  const applied = APPLY[rule](facts, ctx);
  if (applied) facts.faults.push(rule);
  return applied;
}
