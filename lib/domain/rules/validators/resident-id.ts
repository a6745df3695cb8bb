import { isCalendarDate } from "@/lib/domain/validation/calendar";

// 居民身份证号码, GB 11643-1999 (icp-research §3.4).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";
const SHAPE_RE = /^\d{17}[0-9X]$/;

export type ResidentIdProblem = "format" | "check" | "birth_date" | "born_after_as_of";

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Birth date as YYYY-MM-DD (not validated). */
export function residentIdBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * Why a trimmed, upper-cased number is not a valid ID on asOf (YYYY-MM-DD), or null when it is:
 * 18 characters with a right check character and a real birth date on or before asOf.
 */
export function residentIdProblem(id: string, asOf: string): ResidentIdProblem | null {
  if (!SHAPE_RE.test(id)) return "format";
  if (residentIdCheckChar(id) !== id[17]) return "check";
  const birth = residentIdBirthDate(id);
  if (!isCalendarDate(birth)) return "birth_date";
  return birth > asOf ? "born_after_as_of" : null;
}
