import { equalsNormalisedNumber, normaliseNumber } from "@/lib/domain/validation/normalise";
import { report, type RuleContext } from "@/lib/domain/rules/context";
import type { AccountRef, ContactRef, CrossFilingIndex } from "@/lib/domain/rules/types";
import { phoneKey } from "@/lib/domain/rules/validators/phone";

// PHONE_SHARED_ACROSS_SUBJECTS (003 #question16; ref §1.4), SITE_PRINCIPAL_MULTIPLE_UNITS
// (003 #question12), SUBJECT_ON_OTHER_ACCOUNT (003 #question111). The index may return this filing itself or another revision of its
// subject; the engine drops those, whatever the index does.

const MAX_LISTED = 5;

export function checkCrossFiling(ctx: RuleContext, others: CrossFilingIndex): void {
  const { principal, websites } = ctx.filing;
  const cache = new Map<string, Conflicts>();
  checkMobile(ctx, others, cache, "principal.mobile", principal.mobile, { zh: "主体负责人", en: "the principal" });
  websites.forEach((website, i) => {
    checkMobile(ctx, others, cache, `websites[${i}].principal.mobile`, website.principal.mobile, {
      zh: `网站${i + 1}的网站负责人`,
      en: `the website principal of website ${i + 1}`,
    });
  });
  checkOtherAccount(ctx, others);
  if (!ctx.isUnit) return;
  websites.forEach((website, i) => {
    const id = normaliseNumber(website.principal.idNumber);
    const conflicts = otherSubjects(ctx, others.unitSubjectsWithSitePrincipal(id));
    if (conflicts.count === 0) return;
    const listed = list(conflicts);
    report(ctx, "SITE_PRINCIPAL_MULTIPLE_UNITS", `websites[${i}].principal.idNumber`, {
      zh: `网站${i + 1}的网站负责人“${website.principal.name}”（${id}）已是其他单位的网站负责人：${listed.zh}`,
      en: `The website principal of website ${i + 1}, ${website.principal.name} (${id}), is already the website principal of another unit: ${listed.en}`,
    });
  });
}

/** One violation naming the first other filing (by externalId) whose account differs. */
function checkOtherAccount(ctx: RuleContext, others: CrossFilingIndex): void {
  const account = ctx.filing.accountId;
  if (account === undefined || ctx.subjectCertificate === "") return;
  let first: AccountRef | null = null;
  let count = 0;
  const seen = new Set<string>();
  for (const ref of others.accountsOfSubject(ctx.subjectCertificate)) {
    if (ref.externalId === ctx.filing.externalId || ref.accountId === account || seen.has(ref.externalId)) continue;
    seen.add(ref.externalId);
    count++;
    if (first === null || ref.externalId < first.externalId) first = ref;
  }
  if (first === null) return;
  const more = count > 1 ? { zh: `等${count}个备案`, en: ` and ${count - 1} more` } : { zh: "", en: "" };
  report(ctx, "SUBJECT_ON_OTHER_ACCOUNT", "subject.certificateNumber", {
    zh: `该主体已在其他账号下备案：${first.externalId}${more.zh}`,
    en: `This subject is already filed under another account: ${first.externalId}${more.en}`,
  });
}

function checkMobile(
  ctx: RuleContext,
  others: CrossFilingIndex,
  cache: Map<string, Conflicts>,
  path: string,
  mobile: string,
  whose: { zh: string; en: string },
): void {
  const key = phoneKey(mobile);
  if (key === "") return;
  // The principal usually is a website principal too: look each number up once.
  let conflicts = cache.get(key);
  if (conflicts === undefined) {
    conflicts = otherSubjects(ctx, others.subjectsUsingMobile(key));
    cache.set(key, conflicts);
  }
  if (conflicts.count === 0) return;
  const listed = list(conflicts);
  report(ctx, "PHONE_SHARED_ACROSS_SUBJECTS", path, {
    zh: `${whose.zh}手机号码“${mobile}”已用于其他备案主体：${listed.zh}`,
    en: `The mobile number ${mobile} of ${whose.en} is already used by another subject: ${listed.en}`,
  });
}

interface Conflicts {
  /** Distinct other filings. */
  count: number;
  /** The first MAX_LISTED of them by externalId, for the message. */
  first: ContactRef[];
}

const NONE: Conflicts = { count: 0, first: [] };

/**
 * Other subjects among refs: another externalId and another normalised certificate number,
 * one per externalId. A contact shared by thousands of filings must stay linear, so only the
 * listed few are kept in order.
 */
function otherSubjects(ctx: RuleContext, refs: readonly ContactRef[]): Conflicts {
  const own = ctx.filing.externalId;
  let seen: Set<string> | null = null;
  let first: ContactRef[] = NONE.first;
  for (const ref of refs) {
    if (ref.externalId === own || equalsNormalisedNumber(ref.certificateNumber, ctx.subjectCertificate)) continue;
    if (seen === null) {
      seen = new Set();
      first = [];
    } else if (seen.has(ref.externalId)) continue;
    seen.add(ref.externalId);
    if (first.length === MAX_LISTED && ref.externalId >= first[MAX_LISTED - 1].externalId) continue;
    let at = first.length;
    while (at > 0 && first[at - 1].externalId > ref.externalId) at--;
    first.splice(at, 0, ref);
    if (first.length > MAX_LISTED) first.pop();
  }
  return seen === null ? NONE : { count: seen.size, first };
}

function list({ count, first }: Conflicts): { zh: string; en: string } {
  const zh = first.map((r) => `${r.externalId}（${normaliseNumber(r.certificateNumber)}）`).join("、");
  const en = first.map((r) => `${r.externalId} (${normaliseNumber(r.certificateNumber)})`).join(", ");
  const more = count - first.length;
  return more > 0 ? { zh: `${zh}等${count}个`, en: `${en} and ${more} more` } : { zh, en };
}
