import { describe, expect, it } from "vitest";
import { addDays, dayNumber } from "@/lib/domain/validation/calendar";
import { workingDaysBetween } from "@/lib/domain/rules/validators/working-days";

function bruteForce(after: string, through: string): number {
  let count = 0;
  for (let d = dayNumber(after) + 1; d <= dayNumber(through); d++) {
    const weekday = new Date(d * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

describe("working days", () => {
  it("counts Monday–Friday strictly after the start and up to the end", () => {
    // 2026-11-20 is a Friday.
    expect(workingDaysBetween("2026-11-20", "2026-11-20")).toBe(0);
    expect(workingDaysBetween("2026-11-20", "2026-11-22")).toBe(0);
    expect(workingDaysBetween("2026-11-20", "2026-11-23")).toBe(1);
    expect(workingDaysBetween("2026-11-11", "2026-11-20")).toBe(7);
    expect(workingDaysBetween("2026-11-21", "2026-11-20")).toBe(0);
  });

  it("agrees with a day-by-day count over many spans", () => {
    for (let start = 0; start < 21; start++) {
      const after = addDays("1999-12-20", start * 37);
      for (let len = 0; len < 30; len++) {
        const through = addDays(after, len);
        expect(workingDaysBetween(after, through)).toBe(bruteForce(after, through));
      }
    }
    expect(workingDaysBetween("1960-03-01", "1960-04-01")).toBe(bruteForce("1960-03-01", "1960-04-01"));
  });
});
