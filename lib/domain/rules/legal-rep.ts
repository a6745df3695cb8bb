import { MATERIAL_KIND_LABELS, PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import { hasMaterial, report, type RuleContext } from "@/lib/domain/rules/context";
import { isSamePerson } from "@/lib/domain/rules/persons";

// PRINCIPAL_NOT_LEGAL_REP, AUTHORIZATION_LETTER_MISSING, FOREIGN_LEGAL_REP_PASSPORT_MISSING,
// FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL (003 #question5, #question7; 000 法定代表人是外国人).
// All four use one person: the legal representative, or the head office's for a branch.

const CHINA = "CN";
const AUTH_LETTER = MATERIAL_KIND_LABELS.principal_authorization;
const PASSPORT = MATERIAL_KIND_LABELS.legal_rep_passport;

export function checkLegalRep(ctx: RuleContext): void {
  const legalRep = ctx.legalRep;
  if (!ctx.isUnit || legalRep === undefined) return;
  const { principal, province } = ctx.filing;
  const provinceEn = PROVINCE_LABELS[province].en;
  const isLegalRep = isSamePerson(principal, legalRep);
  const foreign = legalRep.nationality !== CHINA;
  const role = ctx.legalRepIsHeadOffice
    ? { zh: "总公司法定代表人", en: "the head office's legal representative" }
    : { zh: "法定代表人", en: "the legal representative" };

  if (!isLegalRep && ctx.row.legalRep === "required" && !(foreign && ctx.row.foreignLegalRepNeedsCnPrincipal)) {
    report(ctx, "PRINCIPAL_NOT_LEGAL_REP", "principal.name", {
      zh: `${province}要求主体负责人为${role.zh}：主体负责人为“${principal.name}”，${role.zh}为“${legalRep.name}”`,
      en: `${provinceEn} requires ${role.en} as the principal: the principal is ${principal.name}, ${role.en} is ${legalRep.name}`,
    });
  }

  if (!isLegalRep && ctx.row.legalRep === "authorization" && !hasMaterial(ctx, "principal_authorization")) {
    report(ctx, "AUTHORIZATION_LETTER_MISSING", "materials", {
      zh: `主体负责人“${principal.name}”不是${role.zh}“${legalRep.name}”，${province}要求上传${AUTH_LETTER.zh}`,
      en: `The principal ${principal.name} is not ${role.en} ${legalRep.name}; ${provinceEn} requires the material "${AUTH_LETTER.en}"`,
    });
  }

  if (!foreign) return;
  if (!hasMaterial(ctx, "legal_rep_passport")) {
    report(ctx, "FOREIGN_LEGAL_REP_PASSPORT_MISSING", "materials", {
      zh: `${role.zh}“${legalRep.name}”国籍为${legalRep.nationality}，缺少材料：${PASSPORT.zh}`,
      en: `${capitalise(role.en)} ${legalRep.name} has nationality ${legalRep.nationality}; the material "${PASSPORT.en}" is missing`,
    });
  }
  if (!ctx.row.foreignLegalRepNeedsCnPrincipal) return;
  const principalForeign = principal.nationality !== CHINA;
  const letterMissing = !hasMaterial(ctx, "principal_authorization");
  if (!principalForeign && !letterMissing) return;
  const problems = {
    zh: [principalForeign ? `主体负责人国籍为${principal.nationality}` : "", letterMissing ? `缺少${AUTH_LETTER.zh}` : ""],
    en: [
      principalForeign ? `the principal's nationality is ${principal.nationality}` : "",
      letterMissing ? `the material "${AUTH_LETTER.en}" is missing` : "",
    ],
  };
  report(ctx, "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL", principalForeign ? "principal.nationality" : "materials", {
    zh: `${role.zh}为外籍（${legalRep.nationality}），${province}要求授权中国公民为主体负责人：${problems.zh.filter(Boolean).join("，")}`,
    en: `${capitalise(role.en)} is foreign (${legalRep.nationality}); ${provinceEn} requires a Chinese citizen authorized as principal: ${problems.en.filter(Boolean).join(", and ")}`,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
