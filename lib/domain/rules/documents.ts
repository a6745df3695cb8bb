import type { Field } from "@/lib/domain/documents/reading";
import { RESIDENT_ID_CARD } from "@/lib/domain/validation/constants";
import type { Person } from "@/lib/domain/validation/filing";
import { normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";
import { report, type RuleContext } from "./context";
import type { DocumentFacts } from "./types";

// DOC_CERT_NUMBER_MISMATCH, DOC_ID_NUMBER_MISMATCH, DOC_NAME_MISMATCH, DOC_ID_EXPIRY_MISMATCH,
// DOC_UNREADABLE (document-check.md): what a licence or ID card says against what was entered.
// Readings are an input like the image measures; the engine stays pure.

/**
 * Below this per-character confidence a differing character may be OCR noise (陈淏 read as 陈溟
 * at 0.39); a confidently read different character is another person (刘洋 vs 刘阳).
 */
export const NAME_NOISE_CONFIDENCE = 0.8;

interface Owner {
  person: Person;
  /** Path prefix of the person: "principal" or "websites[i].principal". */
  path: string;
}

/** The person an ID document shows: the principal, or the site principal of its website (absent index = 0). */
export function documentOwner(ctx: RuleContext, index: number): Owner | null {
  const material = ctx.filing.materials[index];
  if (!material) return null;
  if (material.kind === "principal_id_front" || material.kind === "principal_id_back")
    return { person: ctx.filing.principal, path: "principal" };
  if (material.kind === "site_principal_id_front" || material.kind === "site_principal_id_back") {
    const website = material.website ?? 0;
    const site = ctx.filing.websites[website];
    return site ? { person: site.principal, path: `websites[${website}].principal` } : null;
  }
  return null;
}

export function checkDocuments(ctx: RuleContext, documents: readonly DocumentFacts[]): void {
  for (const { index, reading } of documents) {
    const material = ctx.filing.materials[index];
    if (!material || material.kind !== reading.kind) continue;
    if (material.kind === "subject_certificate") {
      if (ctx.isUnit) checkLicence(ctx, index, reading.fields, reading.unreadable);
      continue;
    }
    const owner = documentOwner(ctx, index);
    // Only the 居民身份证 is read (document-check.md); other ID types get no check.
    if (!owner || owner.person.idType !== RESIDENT_ID_CARD) continue;
    if (material.kind.endsWith("_front")) checkIdFront(ctx, index, owner, reading.fields, reading.unreadable);
    else if (!reading.unreadable) checkIdBack(ctx, index, owner, reading.fields);
  }
}

function unreadable(ctx: RuleContext, index: number): void {
  report(
    ctx,
    "DOC_UNREADABLE",
    `materials[${index}]`,
    {
      zh: `材料${index + 1}上的证件号码无法识别（已尝试四个方向）`,
      en: `No valid number could be read from material ${index + 1} in any orientation`,
    },
    index,
  );
}

function mismatch(
  ctx: RuleContext,
  rule: "DOC_CERT_NUMBER_MISMATCH" | "DOC_ID_NUMBER_MISMATCH" | "DOC_NAME_MISMATCH" | "DOC_ID_EXPIRY_MISMATCH",
  path: string,
  index: number,
  read: string,
  entered: string,
): void {
  report(ctx, rule, path, { zh: `证件上为“${read}”，填写为“${entered}”`, en: `The document says "${read}"; entered "${entered}"` }, index);
}

function checkLicence(ctx: RuleContext, index: number, fields: Record<string, Field>, isUnreadable: boolean): void {
  const number = fields.certificateNumber;
  if (isUnreadable || !number) return unreadable(ctx, index);
  const { subject } = ctx.filing;
  if (normaliseNumber(number.text) !== ctx.subjectCertificate)
    mismatch(ctx, "DOC_CERT_NUMBER_MISMATCH", "subject.certificateNumber", index, number.text, subject.certificateNumber);
  if (fields.name && namesDiffer(fields.name, subject.name))
    mismatch(ctx, "DOC_NAME_MISMATCH", "subject.name", index, fields.name.text, subject.name);
  // A licence prints a foreign legal representative's registered transliteration: not compared.
  const rep = subject.legalRepresentative;
  if (fields.legalRepresentative && rep && rep.nationality === "CN" && namesDiffer(fields.legalRepresentative, rep.name)) {
    mismatch(ctx, "DOC_NAME_MISMATCH", "subject.legalRepresentative.name", index, fields.legalRepresentative.text, rep.name);
  }
}

function checkIdFront(ctx: RuleContext, index: number, owner: Owner, fields: Record<string, Field>, isUnreadable: boolean): void {
  const number = fields.idNumber;
  if (isUnreadable || !number) return unreadable(ctx, index);
  if (normaliseNumber(number.text) !== normaliseNumber(owner.person.idNumber)) {
    mismatch(ctx, "DOC_ID_NUMBER_MISMATCH", `${owner.path}.idNumber`, index, number.text, owner.person.idNumber);
  }
  if (fields.name && namesDiffer(fields.name, owner.person.name))
    mismatch(ctx, "DOC_NAME_MISMATCH", `${owner.path}.name`, index, fields.name.text, owner.person.name);
}

function checkIdBack(ctx: RuleContext, index: number, owner: Owner, fields: Record<string, Field>): void {
  const read = fields.validUntil?.text;
  const entered = owner.person.idValidUntil;
  if (!read || entered === undefined) return;
  if (read.trim() !== entered.trim()) mismatch(ctx, "DOC_ID_EXPIRY_MISMATCH", `${owner.path}.idValidUntil`, index, read, entered);
}

/**
 * Normalised text compare (rules.md). Where the read name has the entered name's length, a
 * differing character counts only if the engine was sure of it: OCR noise is not a mismatch.
 */
export function namesDiffer(read: Field, entered: string): boolean {
  const a = [...normaliseText(read.text)];
  const b = [...normaliseText(entered)];
  if (a.join("") === b.join("")) return false;
  if (a.length !== b.length || !read.chars || read.chars.length !== [...read.text].length) return true;
  return a.some((ch, i) => ch !== b[i] && (read.chars![i] ?? 1) >= NAME_NOISE_CONFIDENCE);
}
