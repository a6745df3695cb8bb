import { normaliseNumber } from "@/lib/validation/normalise";
import { report, type RuleContext } from "./context";
import type { ContactRef, CrossFilingIndex } from "./types";
import { phoneKey } from "./validators/phone";

// PHONE_SHARED_ACROSS_SUBJECTS (003 #question16; ref §1.4), SITE_PRINCIPAL_MULTIPLE_UNITS
// (003 #question12). The index may return this filing itself or another revision of its
// subject; the engine drops those, whatever the index does.

const MAX_LISTED = 5;

export function checkCrossFiling(ctx: RuleContext, others: CrossFilingIndex): void {
  const { principal, websites } = ctx.filing;
  checkMobile(ctx, others, "principal.mobile", principal.mobile, { zh: "主体负责人", en: "the principal" });
  websites.forEach((website, i) => {
    checkMobile(ctx, others, `websites[${i}].principal.mobile`, website.principal.mobile, {
      zh: `网站${i + 1}的网站负责人`,
      en: `the website principal of website ${i + 1}`,
    });
  });
  if (!ctx.isUnit) return;
  websites.forEach((website, i) => {
    const id = normaliseNumber(website.principal.idNumber);
    const conflicts = otherSubjects(ctx, others.unitSubjectsWithSitePrincipal(id));
    if (conflicts.length === 0) return;
    const listed = list(conflicts);
    report(ctx, "SITE_PRINCIPAL_MULTIPLE_UNITS", `websites[${i}].principal.idNumber`, {
      zh: `网站${i + 1}的网站负责人“${website.principal.name}”（${id}）已是其他单位的网站负责人：${listed.zh}`,
      en: `The website principal of website ${i + 1}, ${website.principal.name} (${id}), is already the website principal of another unit: ${listed.en}`,
    });
  });
}

function checkMobile(
  ctx: RuleContext,
  others: CrossFilingIndex,
  path: string,
  mobile: string,
  whose: { zh: string; en: string },
): void {
  const key = phoneKey(mobile);
  if (key === "") return;
  const conflicts = otherSubjects(ctx, others.subjectsUsingMobile(key));
  if (conflicts.length === 0) return;
  const listed = list(conflicts);
  report(ctx, "PHONE_SHARED_ACROSS_SUBJECTS", path, {
    zh: `${whose.zh}手机号码“${mobile}”已用于其他备案主体：${listed.zh}`,
    en: `The mobile number ${mobile} of ${whose.en} is already used by another subject: ${listed.en}`,
  });
}

/** Refs of other subjects, one per externalId, in externalId order. */
function otherSubjects(ctx: RuleContext, refs: readonly ContactRef[]): ContactRef[] {
  if (refs.length === 0) return [];
  const own = ctx.filing.externalId;
  const seen = new Map<string, ContactRef>();
  for (const ref of refs) {
    if (ref.externalId === own || seen.has(ref.externalId)) continue;
    if (normaliseNumber(ref.certificateNumber) === ctx.subjectCertificate) continue;
    seen.set(ref.externalId, ref);
  }
  return [...seen.values()].sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
}

function list(refs: ContactRef[]): { zh: string; en: string } {
  const shown = refs
    .slice(0, MAX_LISTED)
    .map((r) => `${r.externalId}（${normaliseNumber(r.certificateNumber)}）`)
    .join("、");
  const shownEn = refs
    .slice(0, MAX_LISTED)
    .map((r) => `${r.externalId} (${normaliseNumber(r.certificateNumber)})`)
    .join(", ");
  const more = refs.length - MAX_LISTED;
  return more > 0
    ? { zh: `${shown}等${refs.length}个`, en: `${shownEn} and ${more} more` }
    : { zh: shown, en: shownEn };
}
