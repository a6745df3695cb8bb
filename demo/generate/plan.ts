import { provincesWhere, type CatalogRuleId } from "@/lib/domain/rules";
import { PROVINCES, type FilingType, type Province, type SubjectKind } from "@/lib/domain/validation/constants";
import { streamFor } from "@/demo/generate/prng";
import { REGIONS } from "@/demo/generate/regions";

// Which filing breaks which rule. A fixed cycle of CYCLE_LENGTH slots holds every fault by
// weight and ~40 clean slots, so any CYCLE_LENGTH consecutive filings break every
// rule of the catalog; each fault also constrains the filing's kind, province and type.

export const CYCLE_LENGTH = 100;

/** Slots per cycle of each fault (rule it is built to break); the rest of the cycle is clean. */
// prettier-ignore
export const FAULT_WEIGHTS: Readonly<Record<CatalogRuleId, number>> = {
  ADDRESS_NOT_DETAILED: 4, MATERIAL_MISSING: 4, DOMAIN_OWNER_MISMATCH: 3, SITE_NAME_INVALID: 3,
  PRINCIPAL_NOT_LEGAL_REP: 3, SUBJECT_CROSS_PROVINCE: 3, INDIVIDUAL_OUT_OF_PROVINCE: 2,
  UNIT_CERT_NUMBER_INVALID: 2, NATURE_CODE_MISMATCH: 1, PERSON_ID_INVALID: 2, ID_EXPIRED: 2,
  ID_EXPIRING_SOON: 2, CERT_RECENTLY_CHANGED: 2, AUTHORIZATION_LETTER_MISSING: 2,
  FOREIGN_LEGAL_REP_PASSPORT_MISSING: 1, FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL: 1,
  EXISTING_RECORD_CERT_MISMATCH: 2, EXISTING_RECORD_NOT_COMPLIANT: 1, LANDLINE_REQUIRED: 2,
  OFFICE_MOBILE_REMARK_MISSING: 1, OFFICE_PHONE_SAME_AS_MOBILE: 1, MOBILE_INVALID: 2,
  MOBILE_VIRTUAL_SEGMENT: 2, PHONE_SHARED_ACROSS_SUBJECTS: 2, SITE_PRINCIPAL_MULTIPLE_UNITS: 2,
  SUBJECT_ON_OTHER_ACCOUNT: 2,
  JIANGSU_AUTHENTICITY_MISSING: 2, IMAGE_NOT_COLOR: 2, IMAGE_TOO_SMALL: 2, IMAGE_BLURRY: 2,
};

export const IMAGE_FAULTS: readonly CatalogRuleId[] = ["IMAGE_NOT_COLOR", "IMAGE_TOO_SMALL", "IMAGE_BLURRY"];
/** Need an earlier filing to collide with (cross-filing rules). */
export const PAIR_FAULTS: readonly CatalogRuleId[] = [
  "PHONE_SHARED_ACROSS_SUBJECTS",
  "SITE_PRINCIPAL_MULTIPLE_UNITS",
  "SUBJECT_ON_OTHER_ACCOUNT",
];
/** Faults that combine with any other as a second fault. */
const SECONDARY_FAULTS: readonly CatalogRuleId[] = [
  "ADDRESS_NOT_DETAILED",
  "ID_EXPIRING_SOON",
  "DOMAIN_OWNER_MISMATCH",
  "SITE_NAME_INVALID",
  "MATERIAL_MISSING",
  "IMAGE_BLURRY",
  "IMAGE_NOT_COLOR",
];
const SECONDARY_SHARE = 0.12;

interface Constraint {
  kind?: SubjectKind;
  provinces?: readonly Province[];
  types?: readonly FilingType[];
}

const EXISTING: readonly FilingType[] = ["new_website", "new_access"];
const UNIT: Constraint = { kind: "unit" };

const FAULT_CONSTRAINTS: Readonly<Partial<Record<CatalogRuleId, Constraint>>> = {
  SUBJECT_CROSS_PROVINCE: UNIT,
  INDIVIDUAL_OUT_OF_PROVINCE: { kind: "individual", provinces: provincesWhere((r) => r.outOfProvinceId !== "accepted") },
  UNIT_CERT_NUMBER_INVALID: UNIT,
  NATURE_CODE_MISMATCH: UNIT,
  CERT_RECENTLY_CHANGED: UNIT,
  PRINCIPAL_NOT_LEGAL_REP: { kind: "unit", provinces: provincesWhere((r) => r.legalRep === "required") },
  AUTHORIZATION_LETTER_MISSING: { kind: "unit", provinces: provincesWhere((r) => r.legalRep === "authorization") },
  FOREIGN_LEGAL_REP_PASSPORT_MISSING: {
    kind: "unit",
    provinces: provincesWhere((r) => r.legalRep !== "required" && !r.foreignLegalRepNeedsCnPrincipal),
  },
  FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL: { kind: "unit", provinces: provincesWhere((r) => r.foreignLegalRepNeedsCnPrincipal) },
  EXISTING_RECORD_CERT_MISMATCH: { kind: "unit", types: EXISTING },
  EXISTING_RECORD_NOT_COMPLIANT: { kind: "unit", types: EXISTING, provinces: provincesWhere((r) => r.legalRep === "required") },
  LANDLINE_REQUIRED: { kind: "unit", provinces: provincesWhere((r) => r.landlineRequired) },
  OFFICE_MOBILE_REMARK_MISSING: { kind: "unit", provinces: provincesWhere((r) => r.officeMobileRemark !== "none") },
  OFFICE_PHONE_SAME_AS_MOBILE: { kind: "unit", provinces: provincesWhere((r) => r.officePhoneNotPrincipalMobile) },
  SITE_PRINCIPAL_MULTIPLE_UNITS: UNIT,
  SUBJECT_ON_OTHER_ACCOUNT: UNIT,
  JIANGSU_AUTHENTICITY_MISSING: { provinces: provincesWhere((r) => r.authenticityMaterials) },
};

/** Where a fault's first slot may sit: image faults early (small test sets see them), pairs late. */
function firstSlot(rule: CatalogRuleId, order: number, spacing: number): number {
  if (IMAGE_FAULTS.includes(rule)) return 2 + IMAGE_FAULTS.indexOf(rule) * 5;
  if (PAIR_FAULTS.includes(rule)) return 14 + PAIR_FAULTS.indexOf(rule) * 5;
  return (order * 7) % spacing;
}

/** The cycle: slot → fault, or null for a clean filing. Evenly spaced per fault. */
export const FAULT_CYCLE: readonly (CatalogRuleId | null)[] = (() => {
  const slots: (CatalogRuleId | null)[] = new Array(CYCLE_LENGTH).fill(null);
  const taken = new Array<boolean>(CYCLE_LENGTH).fill(false);
  const entries = (Object.entries(FAULT_WEIGHTS) as [CatalogRuleId, number][]).sort((a, b) => b[1] - a[1]);
  entries.forEach(([rule, weight], order) => {
    const spacing = Math.floor(CYCLE_LENGTH / weight);
    const start = firstSlot(rule, order, spacing);
    for (let m = 0; m < weight; m++) {
      let at = (start + m * spacing) % CYCLE_LENGTH;
      while (taken[at]) at = (at + 1) % CYCLE_LENGTH;
      taken[at] = true;
      slots[at] = rule;
    }
  });
  return slots;
})();

/** The cycle slot of the k-th filing of a run. */
export function cycleEntry(k: number): CatalogRuleId | null {
  return FAULT_CYCLE[k % CYCLE_LENGTH];
}

export interface Plan {
  faults: CatalogRuleId[];
  kind: SubjectKind;
  province: Province;
  type: FilingType;
}

const TYPE_WEIGHTS: readonly (readonly [FilingType, number])[] = [
  ["new_filing", 55],
  ["new_website", 20],
  ["new_access", 15],
  ["change", 10],
];
/** Of unconstrained filings; a quarter of the faults need a unit, so about 70 % are units overall. */
const UNIT_SHARE = 0.62;

/** Cheap and independent of every other filing: the pair search calls it for candidates. */
export function planFor(seed: number, index: number, k: number): Plan {
  const rng = streamFor(seed, index, "plan");
  const primary = cycleEntry(k);
  const faults: CatalogRuleId[] = primary ? [primary] : [];
  if (primary && rng.chance(SECONDARY_SHARE)) {
    const options = SECONDARY_FAULTS.filter((f) => f !== primary && !(primary === "ID_EXPIRED" && f === "ID_EXPIRING_SOON"));
    faults.push(rng.pick(options));
  }
  const constraint: Constraint = primary ? (FAULT_CONSTRAINTS[primary] ?? {}) : {};
  const kind = constraint.kind ?? (rng.chance(UNIT_SHARE) ? "unit" : "individual");
  const province = constraint.provinces
    ? rng.weighted(constraint.provinces.map((p) => [p, REGIONS[p].weight] as const))
    : k % 4 === 0
      ? PROVINCES[(k / 4) % PROVINCES.length] // every province early, whatever the weights
      : rng.weighted(PROVINCES.map((p) => [p, REGIONS[p].weight] as const));
  const type = constraint.types ? rng.pick(constraint.types) : rng.weighted(TYPE_WEIGHTS);
  return { faults, kind, province, type };
}
