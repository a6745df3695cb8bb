import { domainToAscii } from "@/lib/domain/validation/domain";
import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import { normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";
import { report, type RuleContext } from "@/lib/domain/rules/context";

// DOMAIN_OWNER_MISMATCH (003 #question11), SITE_NAME_INVALID (ref §1.6).

const IDEOGRAPH_RE = /\p{Unified_Ideograph}/gu;
// Site names are typed in Chinese input methods, which produce these dots.
const WIDE_DOTS_RE = /[。．｡]/g;
const NATIONAL_PREFIXES = ["中国", "中华", "中央", "国家", "人民"] as const;
const NATIONAL_NATURES: ReadonlySet<string> = new Set(["政府机关", "国防机构"]);
const JIANGSU_PERSONAL_NAME_RE = /^.+的个人(博客|主页)$/;
const MIN_IDEOGRAPHS = 3;
const NON_ASCII_RE = /[^\x00-\x7f]/;

export function checkWebsites(ctx: RuleContext): void {
  const { subject, principal, websites } = ctx.filing;
  const subjectName = normaliseText(subject.name);
  const principalName = normaliseText(principal.name);
  const principalId = normaliseNumber(principal.idNumber);

  websites.forEach((website, i) => {
    const owner = website.domainOwner;
    const ownerName = normaliseText(owner.name);
    if (ownerName !== subjectName && ownerName !== principalName) {
      report(ctx, "DOMAIN_OWNER_MISMATCH", `websites[${i}].domainOwner.name`, {
        zh: `网站${i + 1}（${website.domain}）的域名所有者“${owner.name}”既不是主办单位“${subject.name}”，也不是主体负责人“${principal.name}”`,
        en: `The domain owner of website ${i + 1} (${website.domain}), ${owner.name}, is neither the subject ${subject.name} nor the principal ${principal.name}`,
      });
    }
    if (owner.certificateNumber !== undefined) {
      const ownerNumber = normaliseNumber(owner.certificateNumber);
      if (ownerNumber !== ctx.subjectCertificate && ownerNumber !== principalId) {
        report(ctx, "DOMAIN_OWNER_MISMATCH", `websites[${i}].domainOwner.certificateNumber`, {
          zh: `网站${i + 1}（${website.domain}）的域名所有者证件号码“${ownerNumber}”既不是主办单位证件号码“${ctx.subjectCertificate}”，也不是主体负责人证件号码“${principalId}”`,
          en: `The domain owner's certificate number ${ownerNumber} of website ${i + 1} (${website.domain}) is neither the subject's ${ctx.subjectCertificate} nor the principal's ${principalId}`,
        });
      }
    }
    checkSiteName(ctx, i, website.name, website.domain);
  });
}

function checkSiteName(ctx: RuleContext, index: number, name: string, domain: string): void {
  const problems: { zh: string; en: string }[] = [];
  const ideographs = name.match(IDEOGRAPH_RE)?.length ?? 0;
  if (ideographs < MIN_IDEOGRAPHS) {
    problems.push({ zh: `仅含${ideographs}个汉字（至少3个）`, en: `it has ${ideographs} CJK ideographs (at least 3 needed)` });
  }
  if (containsDomain(name, domain)) {
    problems.push({ zh: `包含域名“${domain}”`, en: `it contains the domain ${domain}` });
  }
  const nature = ctx.filing.subject.nature;
  const prefix = NATIONAL_PREFIXES.find((p) => name.startsWith(p));
  if (prefix !== undefined && !NATIONAL_NATURES.has(nature)) {
    problems.push({
      zh: `以“${prefix}”开头，而主办单位性质为“${nature}”`,
      en: `it starts with ${prefix} while the subject nature is ${nature}`,
    });
  }
  if (ctx.row.personalSiteNameFormat && !ctx.isUnit && !JIANGSU_PERSONAL_NAME_RE.test(name)) {
    problems.push({
      zh: `${ctx.filing.province}个人网站名称须为“XX的个人博客”或“XX的个人主页”`,
      en: `an individual's site in ${PROVINCE_LABELS[ctx.filing.province].en} must be named XX的个人博客 or XX的个人主页`,
    });
  }
  if (problems.length === 0) return;
  report(ctx, "SITE_NAME_INVALID", `websites[${index}].name`, {
    zh: `网站${index + 1}名称“${name}”不符合命名规范：${problems.map((p) => p.zh).join("；")}`,
    en: `The name "${name}" of website ${index + 1} breaks the naming rules: ${problems.map((p) => p.en).join("; ")}`,
  });
}

/** The full domain, in its Unicode or its punycode form, ignoring case. */
function containsDomain(name: string, domain: string): boolean {
  const haystack = name.toLowerCase().replace(WIDE_DOTS_RE, ".");
  if (haystack.includes(domain.toLowerCase())) return true;
  if (!NON_ASCII_RE.test(domain)) return false;
  const ascii = domainToAscii(domain);
  return ascii !== null && haystack.includes(ascii);
}
