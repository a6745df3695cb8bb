import { describe, expect, it } from "vitest";
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  dayNumberOfInstantAt,
  isCalendarDate,
  isInstantWithOffset,
  weekdayOf,
} from "@/lib/domain/validation/calendar";

describe("calendar", () => {
  it("knows real dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-00-10")).toBe(false);
    expect(isCalendarDate("2026-1-10")).toBe(false);
  });

  it("round-trips day numbers and agrees with Date.UTC", () => {
    for (const date of ["1970-01-01", "1880-01-01", "2026-11-20", "2027-02-18", "2400-02-29"]) {
      expect(dayNumber(date)).toBe(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8)) / 86_400_000);
      expect(dateOfDayNumber(dayNumber(date))).toBe(date);
    }
    expect(addDays("2026-11-20", 90)).toBe("2027-02-18");
    expect(weekdayOf(dayNumber("2026-11-20"))).toBe(4);
  });

  it("reads instants with their offsets", () => {
    expect(isInstantWithOffset("2026-11-20T09:12:00+08:00")).toBe(true);
    expect(isInstantWithOffset("2026-11-20T09:12:00Z")).toBe(true);
    expect(isInstantWithOffset("2026-11-20T09:12:00")).toBe(false);
    expect(isInstantWithOffset("2026-11-20 09:12:00+08:00")).toBe(false);
    expect(isInstantWithOffset("2026-11-20T24:00:00Z")).toBe(false);
    const day = (instant: string) => dateOfDayNumber(dayNumberOfInstantAt(instant, 480)!);
    expect(day("2026-11-20T15:59:59Z")).toBe("2026-11-20");
    expect(day("2026-11-20T16:00:00Z")).toBe("2026-11-21");
    expect(day("2026-11-21T01:00:00+09:00")).toBe("2026-11-21");
    expect(day("2026-11-20T20:00:00-05:00")).toBe("2026-11-21");
  });
});
