import { RESIDENT_ID_CARD, type Province } from "@/lib/domain/validation/constants";
import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { hasMaterial, report, type RuleContext } from "@/lib/domain/rules/context";
import { provinceOfCode } from "@/lib/domain/rules/province-tables";
import { provinceOfAddress } from "@/lib/domain/rules/validators/address-province";
import { isValidUscc, usccProvinceCode } from "@/lib/domain/rules/validators/uscc";

// SUBJECT_CROSS_PROVINCE, INDIVIDUAL_OUT_OF_PROVINCE (003 #question1; ref §1.3).

const en = (p: Province) => PROVINCE_LABELS[p].en;

export function checkProvince(ctx: RuleContext): void {
  if (ctx.isUnit) checkUnitProvince(ctx);
  else checkIndividualProvince(ctx);
}

function checkUnitProvince(ctx: RuleContext): void {
  const { province, subject } = ctx.filing;
  const fromAddress = provinceOfAddress(subject.certificateAddress);
  if (fromAddress !== null) {
    if (fromAddress !== province) {
      report(ctx, "SUBJECT_CROSS_PROVINCE", "subject.certificateAddress", {
        zh: `证件住所位于${fromAddress}，备案省份为${province}；单位不可跨省备案`,
        en: `The certificate address is in ${en(fromAddress)} but the filing province is ${en(province)}; a unit may not file in another province`,
      });
    }
    return;
  }
  const uscc = ctx.subjectCertificate;
  if (!isValidUscc(uscc)) return;
  const code = usccProvinceCode(uscc);
  const fromCode = provinceOfCode(code);
  if (fromCode !== null && fromCode !== province) {
    report(ctx, "SUBJECT_CROSS_PROVINCE", "subject.certificateNumber", {
      zh: `证件住所未写明省份，统一社会信用代码第3–4位“${code}”属${fromCode}，备案省份为${province}；单位不可跨省备案`,
      en: `The certificate address names no province and USCC positions 3–4 (${code}) belong to ${en(fromCode)}, but the filing province is ${en(province)}; a unit may not file in another province`,
    });
  }
}

function checkIndividualProvince(ctx: RuleContext): void {
  const { province, principal } = ctx.filing;
  if (principal.idType !== RESIDENT_ID_CARD) return;
  const code = normaliseNumber(principal.idNumber).slice(0, 2);
  const fromId = provinceOfCode(code);
  if (fromId === null || fromId === province) return;
  const policy = ctx.row.outOfProvinceId;
  if (policy === "rejected") {
    report(ctx, "INDIVIDUAL_OUT_OF_PROVINCE", "principal.idNumber", {
      zh: `身份证号码前两位“${code}”属${fromId}，备案省份${province}不接受外省证件`,
      en: `ID number prefix ${code} belongs to ${en(fromId)}; ${en(province)} does not accept an ID from another province`,
    });
  } else if (policy === "permit" && !hasMaterial(ctx, "residence_permit")) {
    report(ctx, "INDIVIDUAL_OUT_OF_PROVINCE", "principal.idNumber", {
      zh: `身份证号码前两位“${code}”属${fromId}，备案省份${province}要求外省证件提供居住证，但未上传居住证`,
      en: `ID number prefix ${code} belongs to ${en(fromId)}; ${en(province)} needs a residence permit for an ID from another province, and none was uploaded`,
    });
  }
}
