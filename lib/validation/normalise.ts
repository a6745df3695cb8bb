// The "normalised text" and number comparisons of rules.md (shared definitions). The schema's
// individual-filing checks use them too, so a case-only difference is never a 400.

const FULL_WIDTH_PARENS_RE = /[（）]/g;

/** Trimmed, full-width （） read as (), Latin letters lower-cased. */
export function normaliseText(value: string): string {
  return value.trim().replace(FULL_WIDTH_PARENS_RE, (c) => (c === "（" ? "(" : ")")).toLowerCase();
}

/** Certificate and ID numbers: trimmed and upper-cased (a trailing x is X). */
export function normaliseNumber(value: string): string {
  return value.trim().toUpperCase();
}
