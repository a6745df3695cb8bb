// Lists show no more personal data than a reviewer needs to pick a filing.

/** 李小明 → 李*明, 李明 → 李*, 欧阳小明 → 欧**明. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 110101199003071234 → 110***********1234 (first 3, last 4 kept). */
export function maskIdNumber(id: string): string {
  const value = id.trim();
  if (value.length <= 7) return "*".repeat(value.length);
  return `${value.slice(0, 3)}${"*".repeat(value.length - 7)}${value.slice(-4)}`;
}

/** 13812345678 → 138****5678. */
export function maskMobile(mobile: string): string {
  const digits = mobile.replace(/[\s-]/g, "");
  if (digits.length < 7) return "*".repeat(digits.length);
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
}

const RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;
/**
 * Any other run of 6 or more digits: a mistyped ID or mobile, a birth date, a 注册号. Runs inside
 * a token that starts with a letter (an order number such as TC20261120000123) stay readable:
 * the reviewer needs them to find the other filing, and they are not personal data.
 */
const DIGIT_RUN = /(?<![A-Za-z][\w-]*)\d{6,}/g;

/** A bare run of digits: first 3 and last 4 of a long one, only the last 2 of a short one. */
export function maskDigitRun(run: string): string {
  if (run.length >= 11) return `${run.slice(0, 3)}${"*".repeat(run.length - 7)}${run.slice(-4)}`;
  return `${"*".repeat(run.length - 2)}${run.slice(-2)}`;
}

/**
 * Rule messages quote the numbers they judge, valid or not (a 12-digit "mobile", a 17-digit ID,
 * an impossible birth date); on screen every number-like run of 6 or more digits is masked.
 */
export function maskNumbersInText(text: string): string {
  return text
    .replace(RESIDENT_ID, (id) => maskIdNumber(id))
    .replace(MOBILE, (mobile) => maskMobile(mobile.replace(/^\+?86[\s-]?/, "")))
    .replace(DIGIT_RUN, maskDigitRun);
}
