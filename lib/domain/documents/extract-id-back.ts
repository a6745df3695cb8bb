// Why: turns the 国徽面 of a 居民身份证 into the end of 有效期限 (a date or 长期), pure and testable.

import { isCalendarDate } from "@/lib/domain/validation/calendar";
import type { OcrLine } from "./engine";
import { layout, type LabelSet, type Token } from "./layout";
import { labelsOf, valueRightOf } from "./pairing";
import { fieldOfPart, type Extraction, type Field } from "./reading";

export type IdBackField = "validUntil";

const LABELS: LabelSet = { 有效期限: "validity", 签发机关: "other" };
const LOOK_ALIKES: Record<string, string> = { O: "0", o: "0", I: "1", l: "1", Z: "2", S: "5", B: "8" };
/** A card is valid 5, 10 or 20 years to the day, or 长期 (GB/T 2261 practice). */
const TERMS = new Set([5, 10, 20]);
const RANGE = /(\d{4})\.?(\d{2})\.?(\d{2})-+(?:(\d{4})\.?(\d{2})\.?(\d{2})|(长期))/;

/** Lines of an upright ID card back (any tilt) → the end of validity, YYYY-MM-DD or 长期. */
export function extractIdBack(lines: OcrLine[]): Extraction<IdBackField> {
  const l = layout(lines, LABELS);
  const labels = labelsOf(l, "validity");
  const values = labels.map((label) => valueRightOf(l, label)).filter((t): t is Token => !!t);
  // Without a label, any token holding a date range will do (the back prints only one).
  const candidates = values.length ? values : l.tokens.filter((t) => !t.label);
  let validUntil: Field | undefined;
  for (const token of candidates) {
    validUntil = parseValidity(token);
    if (validUntil) break;
  }
  return { fields: validUntil ? { validUntil } : {}, labelled: labels.length > 0, numbered: !!validUntil };
}

/** The end of a "2016.05.01-2036.05.01" range in a token, checked against its start; null if inconsistent. */
export function parseValidity(token: Token): Field | undefined {
  const all = [...token.text];
  const text = all.map((ch) => (/[一—–~至]/.test(ch) ? "-" : (LOOK_ALIKES[ch] ?? ch))).join("");
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const start = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isCalendarDate(start)) return undefined;
  const endAt = m.index + m[0].lastIndexOf("-") + 1;
  if (m[7]) return fieldOfPart(token, endAt, m.index + m[0].length, "长期");
  const end = `${m[4]}-${m[5]}-${m[6]}`;
  const years = Number(m[4]) - Number(m[1]);
  if (!isCalendarDate(end) || end.slice(4) !== start.slice(4) || !TERMS.has(years)) return undefined;
  return fieldOfPart(token, endAt, m.index + m[0].length, end);
}
