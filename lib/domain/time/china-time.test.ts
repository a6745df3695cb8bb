import { describe, expect, it } from "vitest";
import { chinaDate, slaDueAt, slaState } from "@/lib/domain/time/china-time";

const at = (iso: string) => Date.parse(iso);

describe("chinaDate", () => {
  it("uses UTC+8", () => {
    expect(chinaDate(at("2026-11-20T15:59:00Z"))).toBe("2026-11-20");
    expect(chinaDate(at("2026-11-20T16:00:00Z"))).toBe("2026-11-21");
  });
});

describe("slaDueAt", () => {
  it("is one day later on a weekday", () => {
    expect(slaDueAt(at("2026-11-18T10:00:00+08:00"))).toBe(at("2026-11-19T10:00:00+08:00"));
  });
  it("skips the weekend for a Friday arrival", () => {
    expect(slaDueAt(at("2026-11-20T10:00:00+08:00"))).toBe(at("2026-11-23T10:00:00+08:00"));
  });
  it("gives weekend arrivals until the end of Monday", () => {
    expect(slaDueAt(at("2026-11-21T23:30:00+08:00"))).toBe(at("2026-11-24T00:00:00+08:00"));
    expect(slaDueAt(at("2026-11-22T08:00:00+08:00"))).toBe(at("2026-11-24T00:00:00+08:00"));
  });
});

describe("slaState", () => {
  const due = at("2026-11-20T10:00:00+08:00");
  it("distinguishes on time, due soon and overdue", () => {
    expect(slaState(due, due - 5 * 3600_000)).toBe("on_time");
    expect(slaState(due, due - 3600_000)).toBe("due_soon");
    expect(slaState(due, due + 1)).toBe("overdue");
  });
});
