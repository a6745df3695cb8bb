import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { report, type RuleContext } from "@/lib/domain/rules/context";

// EXISTING_RECORD_CERT_MISMATCH (000 营业执照换新; 003 #question2),
// EXISTING_RECORD_NOT_COMPLIANT (003 #question8).

export function checkExistingRecord(ctx: RuleContext): void {
  const { type, existingRecord, province } = ctx.filing;
  if ((type !== "new_website" && type !== "new_access") || !existingRecord) return;

  const recorded = normaliseNumber(existingRecord.subjectCertificateNumber);
  if (recorded !== ctx.subjectCertificate) {
    report(ctx, "EXISTING_RECORD_CERT_MISMATCH", "subject.certificateNumber", {
      zh: `证件号码“${ctx.subjectCertificate}”与已备案（${existingRecord.icpNumber}）的证件号码“${recorded}”不同：请填写原证件号码，或先提交主体变更`,
      en: `Certificate number ${ctx.subjectCertificate} differs from ${recorded} held for ${existingRecord.icpNumber}: enter the old number, or file a change first`,
    });
  }

  if (ctx.isUnit && ctx.row.legalRep === "required" && existingRecord.principalIsLegalRepresentative === false) {
    report(ctx, "EXISTING_RECORD_NOT_COMPLIANT", "existingRecord.principalIsLegalRepresentative", {
      zh: `已备案（${existingRecord.icpNumber}）的主体负责人不是法定代表人，与${province}现行规则冲突，需先变更再新增网站`,
      en: `The principal of the existing record ${existingRecord.icpNumber} is not the legal representative, which the current rules of ${PROVINCE_LABELS[province].en} forbid: change the record first`,
    });
  }
}
