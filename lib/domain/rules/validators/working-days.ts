import { dayNumber } from "@/lib/domain/validation/calendar";

// Working day = Monday–Friday; public holidays are not modelled (rules.md).

const A_MONDAY = 4; // 1970-01-05

/** Working days in (−∞, dayNum], counted from a Monday: constant time whatever the span. */
function workingDaysThrough(dayNum: number): number {
  const n = dayNum - A_MONDAY + 1;
  const weeks = Math.floor(n / 7);
  return weeks * 5 + Math.min(n - weeks * 7, 5);
}

/** Number of working days d with after < d ≤ through (0 when through ≤ after). */
export function workingDaysBetween(after: string, through: string): number {
  return Math.max(0, workingDaysThrough(dayNumber(through)) - workingDaysThrough(dayNumber(after)));
}

export function workingDaysBetweenDayNumbers(after: number, through: number): number {
  return Math.max(0, workingDaysThrough(through) - workingDaysThrough(after));
}
