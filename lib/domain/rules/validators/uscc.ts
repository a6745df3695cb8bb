// 统一社会信用代码, GB 32100-2015 (icp-research §3.1).

const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE_RE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < CHARS.length; i++) VALUE_OF[CHARS.charCodeAt(i)] = i;

/** Check character for the first 17 characters; null when one is outside the character set. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = first17.charCodeAt(i);
    const value = code < 128 ? VALUE_OF[code] : -1;
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CHARS[(31 - (sum % 31)) % 31];
}

/** Expects a trimmed, upper-cased value (rules.md "Valid USCC"). */
export function isValidUscc(value: string): boolean {
  return SHAPE_RE.test(value) && usccCheckChar(value.slice(0, 17)) === value[17];
}

/** GB/T 2260 province code at positions 3–4. */
export function usccProvinceCode(uscc: string): string {
  return uscc.slice(2, 4);
}
