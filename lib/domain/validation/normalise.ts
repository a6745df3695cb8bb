// The "normalised text" and number comparisons of rules.md (shared definitions). The schema's
// individual-filing checks use them too, so a case-only difference is never a 400.

const FULL_WIDTH_PARENS_RE = /[（）]/g;

/** Trimmed, full-width （） read as (), Latin letters lower-cased. */
export function normaliseText(value: string): string {
  return value
    .trim()
    .replace(FULL_WIDTH_PARENS_RE, (c) => (c === "（" ? "(" : ")"))
    .toLowerCase();
}

/** Certificate and ID numbers: trimmed and upper-cased (a trailing x is X). */
export function normaliseNumber(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * normaliseNumber(raw) === normalised, without allocating for plain ASCII input: the
 * cross-filing rules run it over every filing that shares a contact, which can be thousands.
 */
export function equalsNormalisedNumber(raw: string, normalised: string): boolean {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 32) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 32) end--;
  for (let i = start; i < end; i++) {
    if (raw.charCodeAt(i) > 127) return normaliseNumber(raw) === normalised;
  }
  if (end - start !== normalised.length) return false;
  for (let i = 0; i < normalised.length; i++) {
    let c = raw.charCodeAt(start + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== normalised.charCodeAt(i)) return false;
  }
  return true;
}
