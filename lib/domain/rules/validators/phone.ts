// Phone definitions of rules.md (shared definitions): mobile normalisation and validity,
// landline shape, and "same phone number".

const SEPARATORS_RE = /[\s-]/g;
const WHITESPACE_RE = /\s/g;
const NON_DIGITS_RE = /\D/g;
const CN_PREFIXED_RE = /^\+?86\d{11}$/;
const MOBILE_RE = /^1(3\d|4[579]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const LANDLINE_RE = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/;

/** 虚拟运营商 segments (icp-research §3.5). */
export const VIRTUAL_SEGMENTS = ["170", "171", "162", "165", "167"] as const;

/** Spaces and `-` removed, then a +86/86 country prefix dropped. */
export function normaliseMobile(value: string): string {
  const compact = value.replace(SEPARATORS_RE, "");
  return CN_PREFIXED_RE.test(compact) ? compact.slice(compact.length - 11) : compact;
}

export function isValidMobile(value: string): boolean {
  return MOBILE_RE.test(normaliseMobile(value));
}

/** Valid and in a virtual-operator segment. */
export function isVirtualMobile(value: string): boolean {
  const mobile = normaliseMobile(value);
  if (!MOBILE_RE.test(mobile)) return false;
  const segment = mobile.slice(0, 3);
  return VIRTUAL_SEGMENTS.some((s) => s === segment);
}

export function isLandline(value: string): boolean {
  return LANDLINE_RE.test(value.replace(WHITESPACE_RE, ""));
}

/** Digits only, a leading 86 dropped from 13 digits: two numbers are the same phone iff keys match. */
export function phoneKey(value: string): string {
  const digits = value.replace(NON_DIGITS_RE, "");
  return digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits;
}

export function isSamePhone(a: string, b: string): boolean {
  const key = phoneKey(a);
  return key !== "" && key === phoneKey(b);
}
