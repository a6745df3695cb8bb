import { addDays } from "@/lib/domain/validation/calendar";
import { MATERIAL_KINDS, type MaterialKind } from "@/lib/domain/validation/constants";
import type { Filing, LegalRepresentative } from "@/lib/domain/validation/filing";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { RULE_BY_ID } from "@/lib/domain/rules/meta";
import { PROVINCE_TABLE, type ProvinceRow } from "@/lib/domain/rules/province-tables";
import type { LocalizedText, RuleId, Violation } from "@/lib/domain/rules/types";

// What every rule family needs, computed once per filing. Material presence is a bit mask
// per website so the families test it without allocating sets.

const KIND_BIT = new Map<MaterialKind, number>(MATERIAL_KINDS.map((k, i) => [k, 1 << i]));
const EXPIRING_SOON_DAYS = 90;

export interface RuleContext {
  filing: Filing;
  asOf: string;
  /** asOf + 90 days: dates before it expire "soon". */
  soonLimit: string;
  isUnit: boolean;
  row: ProvinceRow;
  /** Normalised subject.certificateNumber. */
  subjectCertificate: string;
  /** The legal representative the principal rules use: the head office's for a branch. */
  legalRep: LegalRepresentative | undefined;
  legalRepIsHeadOffice: boolean;
  out: Violation[];
  /** Bit mask of every material kind present. */
  kinds: number;
  /** Bit mask per website index of the kinds attached to it (absent index = 0). */
  kindsByWebsite: number[];
}

export function createContext(filing: Filing, asOf: string): RuleContext {
  const { subject } = filing;
  let kinds = 0;
  const kindsByWebsite = new Array<number>(filing.websites.length).fill(0);
  for (const material of filing.materials) {
    const bit = KIND_BIT.get(material.kind) ?? 0;
    kinds |= bit;
    const website = material.website ?? 0;
    if (website < kindsByWebsite.length) kindsByWebsite[website] |= bit;
  }
  const legalRepIsHeadOffice = subject.isBranch && subject.headOffice !== undefined;
  return {
    filing,
    asOf,
    soonLimit: addDays(asOf, EXPIRING_SOON_DAYS),
    isUnit: subject.kind === "unit",
    row: PROVINCE_TABLE[filing.province],
    subjectCertificate: normaliseNumber(subject.certificateNumber),
    legalRep: legalRepIsHeadOffice ? subject.headOffice!.legalRepresentative : subject.legalRepresentative,
    legalRepIsHeadOffice,
    out: [],
    kinds,
    kindsByWebsite,
  };
}

export function hasMaterial(ctx: RuleContext, kind: MaterialKind): boolean {
  return (ctx.kinds & KIND_BIT.get(kind)!) !== 0;
}

export function hasWebsiteMaterial(ctx: RuleContext, kind: MaterialKind, website: number): boolean {
  return (ctx.kindsByWebsite[website] & KIND_BIT.get(kind)!) !== 0;
}

export function report(ctx: RuleContext, rule: RuleId, path: string, message: LocalizedText, material: number | null = null): void {
  const meta = RULE_BY_ID.get(rule)!;
  ctx.out.push({ rule, severity: meta.severity, path, material, reason: meta.reason, message });
}
