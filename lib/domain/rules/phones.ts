import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import { report, type RuleContext } from "@/lib/domain/rules/context";
import type { OfficeMobileRemark } from "@/lib/domain/rules/province-tables";
import { isLandline, isSamePhone, isValidMobile, isVirtualMobile, normaliseMobile } from "@/lib/domain/rules/validators/phone";

// LANDLINE_REQUIRED, OFFICE_MOBILE_REMARK_MISSING, OFFICE_PHONE_SAME_AS_MOBILE (003 #question9),
// MOBILE_INVALID, MOBILE_VIRTUAL_SEGMENT (003 #question15; ref §3.5).

/** rules.md "Job-title words": a plain substring test on subject.remark. */
export const JOB_TITLE_WORDS = [
  "法定代表人",
  "法人",
  "董事长",
  "董事",
  "总经理",
  "经理",
  "总监",
  "主管",
  "主任",
  "负责人",
  "职员",
  "员工",
  "行政",
  "秘书",
  "会计",
  "财务",
] as const;

const REMARK_NEEDS: Record<Exclude<OfficeMobileRemark, "none">, { name: boolean; jobTitle: boolean }> = {
  job_title: { name: false, jobTitle: true },
  name: { name: true, jobTitle: false },
  name_and_job_title: { name: true, jobTitle: true },
};

export function checkPhones(ctx: RuleContext): void {
  if (ctx.isUnit) checkOfficePhone(ctx);
  checkMobile(ctx, "principal.mobile", ctx.filing.principal.mobile, { zh: "主体负责人", en: "the principal" });
  ctx.filing.websites.forEach((website, i) => {
    checkMobile(ctx, `websites[${i}].principal.mobile`, website.principal.mobile, {
      zh: `网站${i + 1}的网站负责人`,
      en: `the website principal of website ${i + 1}`,
    });
  });
}

function checkOfficePhone(ctx: RuleContext): void {
  const { principal, subject, province } = ctx.filing;
  const officePhone = principal.officePhone;
  const provinceEn = PROVINCE_LABELS[province].en;

  if (ctx.row.landlineRequired && (officePhone === undefined || !isLandline(officePhone))) {
    report(ctx, "LANDLINE_REQUIRED", "principal.officePhone", {
      zh:
        officePhone === undefined
          ? `${province}单位备案必须填写办公座机号码，办公电话未填写`
          : `${province}单位备案必须填写办公座机号码，“${officePhone}”不是座机号码`,
      en:
        officePhone === undefined
          ? `Units in ${provinceEn} must give an office landline; the office phone is missing`
          : `Units in ${provinceEn} must give an office landline; ${officePhone} is not a landline`,
    });
  }
  if (officePhone === undefined) return;

  const remarkRule = ctx.row.officeMobileRemark;
  if (remarkRule !== "none" && isValidMobile(officePhone)) {
    const needs = REMARK_NEEDS[remarkRule];
    const lacksName = needs.name && !subject.remark.includes(principal.name);
    const lacksTitle = needs.jobTitle && !JOB_TITLE_WORDS.some((w) => subject.remark.includes(w));
    if (lacksName || lacksTitle) {
      const zh = [lacksName ? `负责人姓名“${principal.name}”` : "", lacksTitle ? "职务" : ""].filter(Boolean).join("和");
      const en = [lacksName ? `the principal's name (${principal.name})` : "", lacksTitle ? "a job title" : ""]
        .filter(Boolean)
        .join(" and ");
      report(ctx, "OFFICE_MOBILE_REMARK_MISSING", "subject.remark", {
        zh: `办公电话“${officePhone}”为手机号，${province}要求主体备注注明${zh}，备注中未找到`,
        en: `The office phone ${officePhone} is a mobile; ${provinceEn} requires the subject remark to give ${en}, which it does not`,
      });
    }
  }

  if (ctx.row.officePhoneNotPrincipalMobile && isSamePhone(officePhone, principal.mobile)) {
    report(ctx, "OFFICE_PHONE_SAME_AS_MOBILE", "principal.officePhone", {
      zh: `办公电话“${officePhone}”与主体负责人手机号码“${principal.mobile}”相同，${province}要求两者不同`,
      en: `The office phone ${officePhone} is the principal's mobile ${principal.mobile}; ${provinceEn} requires them to differ`,
    });
  }
}

function checkMobile(ctx: RuleContext, path: string, mobile: string, whose: { zh: string; en: string }): void {
  if (!isValidMobile(mobile)) {
    report(ctx, "MOBILE_INVALID", path, {
      zh: `${whose.zh}手机号码“${mobile}”不是有效的手机号码`,
      en: `The mobile number ${mobile} of ${whose.en} is not a valid mobile number`,
    });
  } else if (isVirtualMobile(mobile)) {
    const segment = normaliseMobile(mobile).slice(0, 3);
    report(ctx, "MOBILE_VIRTUAL_SEGMENT", path, {
      zh: `${whose.zh}手机号码“${mobile}”属虚拟运营商号段${segment}，部分管局不支持`,
      en: `The mobile number ${mobile} of ${whose.en} is in the virtual-operator segment ${segment}, which some bureaus reject`,
    });
  }
}
