import { describe, expect, it } from "vitest";
import { createRowFormatters } from "@/lib/i18n/row-formatters";

describe("createRowFormatters", () => {
  const at = Date.parse("2026-11-20T09:12:00+08:00");
  it("formats China time", () => {
    expect(createRowFormatters("zh-CN").dateTime(at)).toBe("11/20 09:12");
  });
  it("reads ages in the largest whole unit", () => {
    const f = createRowFormatters("en");
    expect(f.age(at, at + 3 * 3600_000)).toBe("3 hours ago");
    expect(f.age(at, at + 2 * 86_400_000)).toBe("2 days ago");
    expect(createRowFormatters("zh-CN").age(at, at + 10 * 60_000)).toBe("10分钟前");
  });
});
