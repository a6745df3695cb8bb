// Why: a number counts only when it validates; look-alikes (O/0, I/1, Z/2, S/5, B/8) are fixed only where the position forbids the letter or the engine was unsure, and the fix validates.

import { isValidRegistrationNumber } from "@/lib/domain/rules/validators/registration-number";
import { residentIdProblem } from "@/lib/domain/rules/validators/resident-id";
import { isValidUscc } from "@/lib/domain/rules/validators/uscc";

export type NumberKind = "uscc" | "registration" | "resident-id";

export type NumberRead = { value: string; start: number; end: number; repaired: boolean };

const TO_DIGIT: Record<string, string> = { O: "0", I: "1", Z: "2", S: "5", B: "8" };
const SPECS: Record<NumberKind, { length: number; valid: (v: string) => boolean }> = {
  uscc: { length: 18, valid: isValidUscc },
  registration: { length: 15, valid: isValidRegistrationNumber },
  "resident-id": { length: 18, valid: (v) => residentIdProblem(v, "9999-12-31") === null },
};
const USCC_LETTERS = new Set("ABCDEFGHJKLMNPQRTUWXY");
/** Characters a number may be split by on a document or in OCR output. */
const SEPARATORS = /[\s\-_.·:：]/g;
/** Below this per-character confidence a legal-but-ambiguous character (B in a USCC) may be swapped. */
const UNSURE = 0.85;

/** Upper-cased, full-width folded, separators removed; `map` gives each kept character's index in `text`. */
export function compact(text: string): { text: string; map: number[] } {
  let out = "";
  const map: number[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i].normalize("NFKC").toUpperCase();
    if (SEPARATORS.test(ch)) {
      SEPARATORS.lastIndex = 0;
      continue;
    }
    SEPARATORS.lastIndex = 0;
    out += ch === "×" ? "X" : ch;
    map.push(i);
  }
  return { text: out, map };
}

/**
 * The one valid number of `kind` in `text`, or null (none, or two different ones). `chars` are the engine's
 * per-character confidences for `text`, when known; `start`/`end` index the characters of `text`.
 */
export function readNumber(text: string, kind: NumberKind, chars?: number[]): NumberRead | null {
  const { length, valid } = SPECS[kind];
  const c = compact(text);
  const found = new Map<string, NumberRead>();
  // Each run of number-like characters, then each window of the right length inside it.
  for (const run of c.text.matchAll(/[0-9A-Z]+/g)) {
    const runStart = run.index ?? 0;
    for (let s = runStart; s + length <= runStart + run[0].length; s++) {
      const raw = c.text.slice(s, s + length);
      const confidences = chars ? c.map.slice(s, s + length).map((i) => chars[i] ?? 1) : undefined;
      const read = repair(raw, kind, valid, confidences);
      if (read) found.set(read.value, { ...read, start: c.map[s], end: c.map[s + length - 1] + 1 });
    }
  }
  if (found.size !== 1) return null;
  return [...found.values()][0];
}

function repair(
  raw: string,
  kind: NumberKind,
  valid: (v: string) => boolean,
  confidences?: number[],
): Omit<NumberRead, "start" | "end"> | null {
  if (valid(raw)) return { value: raw, repaired: false };
  const forced = [...raw].map((ch, i) =>
    mustBeDigit(kind, i, raw.length) && TO_DIGIT[ch]
      ? TO_DIGIT[ch]
      : kind === "uscc" && !isUsccChar(ch) && TO_DIGIT[ch]
        ? TO_DIGIT[ch]
        : ch,
  );
  const fixed = forced.join("");
  if (valid(fixed)) return { value: fixed, repaired: true };
  if (kind !== "uscc" || !confidences) return null;
  // B and 8 are both legal in a USCC letter position: swap only unsure ones, and only if exactly one swap validates.
  const hits = new Set<string>();
  forced.forEach((ch, i) => {
    if (mustBeDigit(kind, i, raw.length) || (confidences[i] ?? 1) >= UNSURE) return;
    const alt = ch === "B" ? "8" : ch === "8" ? "B" : null;
    if (!alt) return;
    const candidate = [...forced.slice(0, i), alt, ...forced.slice(i + 1)].join("");
    if (valid(candidate)) hits.add(candidate);
  });
  return hits.size === 1 ? { value: [...hits][0], repaired: true } : null;
}

function mustBeDigit(kind: NumberKind, i: number, length: number): boolean {
  if (kind === "registration") return true;
  if (kind === "resident-id") return i < length - 1;
  return i >= 2 && i < 8;
}

function isUsccChar(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || USCC_LETTERS.has(ch);
}
