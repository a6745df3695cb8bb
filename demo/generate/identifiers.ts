import { mod11_10CheckDigit } from "@/lib/domain/rules/validators/registration-number";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { usccCheckChar } from "@/lib/domain/rules/validators/uscc";
import type { Rng } from "@/demo/generate/prng";

// Numbers as the registries issue them, valid by construction; the faults module breaks them.

const USCC_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const DIGITS = "0123456789";

/**
 * 统一社会信用代码: department and category (91 = 工商/企业), the 6-digit district code, a
 * 9-character organisation code (new ones start MA), then the GB 32100 check character.
 */
export function makeUscc(rng: Rng, prefix: string, districtCode: string): string {
  const org = rng.chance(0.7) ? `MA${rng.chars(USCC_BODY, 7)}` : rng.chars(DIGITS, 8) + rng.chars(USCC_BODY, 1);
  const first17 = `${prefix}${districtCode}${org}`;
  return first17 + usccCheckChar(first17)!;
}

/** Pre-2015 15-digit 注册号: district code, 8-digit sequence, ISO 7064 MOD 11,10 check digit. */
export function makeRegistrationNumber(rng: Rng, districtCode: string): string {
  const first14 = `${districtCode}${rng.chars(DIGITS, 8)}`;
  return first14 + mod11_10CheckDigit(first14);
}

/** GB 11643 ID: district code, birth date, sequence (odd = male), check character. */
export function makeResidentId(rng: Rng, districtCode: string, birthDate: string, male: boolean): string {
  const order = rng.int(0, 49) * 2 + (male ? 1 : 0);
  const first17 = `${districtCode}${birthDate.replaceAll("-", "")}${rng.int(0, 9)}${String(order).padStart(2, "0")}`;
  return first17 + residentIdCheckChar(first17);
}

/** Segments of the three basic operators (no virtual-operator 170 171 162 165 167). */
// prettier-ignore
const BASIC_SEGMENTS = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
  "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182",
  "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
] as const;
export const VIRTUAL_SEGMENTS = ["170", "171", "162", "165", "167"] as const;

export function makeMobile(rng: Rng, segments: readonly string[] = BASIC_SEGMENTS): string {
  return rng.pick(segments) + rng.chars(DIGITS, 8);
}

/** Office landline as written in forms: 025-84561234. */
export function makeLandline(rng: Rng, areaCode: string, digits: 7 | 8): string {
  return `${areaCode}-${rng.int(2, 8)}${rng.chars(DIGITS, digits - 1)}`;
}

/** 苏ICP备20123456号 */
export function makeIcpNumber(rng: Rng, prefix: string): string {
  return `${prefix}ICP备${rng.int(2012, 2024)}${rng.chars(DIGITS, 6)}号`;
}

/** Passport number in the issuing country's style (letters then digits, 9 characters). */
export function makePassportNumber(rng: Rng, prefix: string): string {
  return prefix + rng.chars(DIGITS, 9 - prefix.length);
}
