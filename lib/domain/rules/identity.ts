import { RESIDENT_ID_CARD, type SubjectNature } from "@/lib/domain/validation/constants";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { report, type RuleContext } from "@/lib/domain/rules/context";
import { personsOf } from "@/lib/domain/rules/persons";
import { isValidRegistrationNumber, mod11_10CheckDigit } from "@/lib/domain/rules/validators/registration-number";
import { residentIdBirthDate, residentIdCheckChar, residentIdProblem } from "@/lib/domain/rules/validators/resident-id";
import { isValidUscc, usccCheckChar } from "@/lib/domain/rules/validators/uscc";

// UNIT_CERT_NUMBER_INVALID, NATURE_CODE_MISMATCH, PERSON_ID_INVALID (003 #question3; ref §3.1–3.4).

const BUSINESS_LICENCE = "营业执照";
const FIFTEEN_DIGITS_RE = /^\d{15}$/;
const USCC_CHARS_RE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** USCC characters 1–2 → 主办单位性质 (ref §3.1); other codes are not checked. */
const NATURE_BY_USCC_PREFIX = new Map<string, SubjectNature>([
  ["91", "企业"],
  ["92", "企业"],
  ["93", "企业"],
  ["11", "政府机关"],
  ["12", "事业单位"],
  ["51", "社会团体"],
  ["52", "民办非企业单位"],
  ["53", "基金会"],
  ["31", "律师执业机构"],
]);

export function checkIdentity(ctx: RuleContext): void {
  if (ctx.isUnit) {
    checkUnitCertificateNumber(ctx);
    checkNatureCode(ctx);
  }
  checkPersonIds(ctx);
}

function usccProblem(value: string): { zh: string; en: string } {
  if (value.length !== 18) return { zh: `长度为${value.length}位，应为18位`, en: `it has ${value.length} characters, not 18` };
  if (!USCC_CHARS_RE.test(value)) {
    return { zh: "含有不允许的字符或第3–8位不是数字", en: "it has characters outside the code set or non-digits at positions 3–8" };
  }
  const expected = usccCheckChar(value.slice(0, 17));
  return { zh: `校验码应为“${expected}”，实为“${value[17]}”`, en: `the check character should be ${expected}, not ${value[17]}` };
}

function checkUnitCertificateNumber(ctx: RuleContext): void {
  const { subject } = ctx.filing;
  const number = ctx.subjectCertificate;
  const path = "subject.certificateNumber";
  if (subject.threeInOne) {
    if (!isValidUscc(number)) {
      const why = usccProblem(number);
      report(ctx, "UNIT_CERT_NUMBER_INVALID", path, {
        zh: `三证合一证件应填写统一社会信用代码，“${number}”无效：${why.zh}`,
        en: `A three-in-one certificate carries a USCC; ${number} is not valid: ${why.en}`,
      });
    }
  } else if (subject.certificateType === BUSINESS_LICENCE) {
    if (!isValidRegistrationNumber(number)) {
      const fifteenDigits = FIFTEEN_DIGITS_RE.test(number);
      const expected = fifteenDigits ? mod11_10CheckDigit(number.slice(0, 14)) : null;
      report(ctx, "UNIT_CERT_NUMBER_INVALID", path, {
        zh: fifteenDigits
          ? `非三证合一营业执照应填写15位注册号，“${number}”的校验位应为“${expected}”`
          : `非三证合一营业执照应填写15位注册号，“${number}”不是15位数字`,
        en: fifteenDigits
          ? `A business licence that is not three-in-one carries a 15-digit registration number; the check digit of ${number} should be ${expected}`
          : `A business licence that is not three-in-one carries a 15-digit registration number; ${number} is not 15 digits`,
      });
    }
  } else if (number.length === 18 && !isValidUscc(number)) {
    const why = usccProblem(number);
    report(ctx, "UNIT_CERT_NUMBER_INVALID", path, {
      zh: `${subject.certificateType}的18位号码“${number}”不是有效的统一社会信用代码：${why.zh}`,
      en: `The 18-character number ${number} of the ${subject.certificateType} is not a valid USCC: ${why.en}`,
    });
  }
}

function checkNatureCode(ctx: RuleContext): void {
  const uscc = ctx.subjectCertificate;
  if (!isValidUscc(uscc)) return;
  const prefix = uscc.slice(0, 2);
  const expected = NATURE_BY_USCC_PREFIX.get(prefix);
  const nature = ctx.filing.subject.nature;
  if (expected !== undefined && expected !== nature) {
    report(ctx, "NATURE_CODE_MISMATCH", "subject.nature", {
      zh: `统一社会信用代码前两位“${prefix}”对应“${expected}”，所选主办单位性质为“${nature}”`,
      en: `USCC prefix ${prefix} means ${expected}, but the subject nature is ${nature}`,
    });
  }
}

function checkPersonIds(ctx: RuleContext): void {
  for (const { person, path, role } of personsOf(ctx.filing)) {
    if (person.idType !== RESIDENT_ID_CARD) continue;
    const id = normaliseNumber(person.idNumber ?? "");
    const problem = residentIdProblem(id, ctx.asOf);
    if (problem === null) continue;
    let why: { zh: string; en: string };
    switch (problem) {
      case "format":
        why =
          id === ""
            ? { zh: "未填写号码", en: "the number is missing" }
            : { zh: "不是17位数字加1位校验码", en: "it is not 17 digits and a check character" };
        break;
      case "check": {
        const expected = residentIdCheckChar(id);
        why = { zh: `校验码应为“${expected}”，实为“${id[17]}”`, en: `the check character should be ${expected}, not ${id[17]}` };
        break;
      }
      case "birth_date":
        why = { zh: `出生日期“${id.slice(6, 14)}”不是真实日期`, en: `its birth date ${id.slice(6, 14)} is not a real date` };
        break;
      case "born_after_as_of":
        why = {
          zh: `出生日期${residentIdBirthDate(id)}晚于评估日期${ctx.asOf}`,
          en: `its birth date ${residentIdBirthDate(id)} is after the evaluation date ${ctx.asOf}`,
        };
        break;
    }
    report(ctx, "PERSON_ID_INVALID", `${path}.idNumber`, {
      zh: `${role.zh}的居民身份证号码“${id}”无效：${why.zh}`,
      en: `The resident ID number ${id} of ${role.en} is not valid: ${why.en}`,
    });
  }
}
