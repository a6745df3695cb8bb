import { describe, expect, it } from "vitest";
import { readShared } from "@/lib/testing/shared-spec";
import { REASONS, reasonByCode } from "@/lib/domain/reasons/catalog";

const spec = readShared("spec/reasons.md");

describe("reason catalog", () => {
  it("has 30 unique codes", () => {
    expect(REASONS).toHaveLength(30);
    expect(new Set(REASONS.map((r) => r.code)).size).toBe(REASONS.length);
  });

  it("looks codes up", () => {
    expect(reasonByCode("PHONE_SEGMENT")?.zh).toBe("手机号码无效或号段不被支持");
    expect(reasonByCode("NOPE")).toBeUndefined();
  });

  it("matches every row of reasons.md verbatim", () => {
    const rows = spec
      .split("\n")
      .filter((l) => /^\| [A-Z_]+ \|/.test(l))
      .map((l) =>
        l
          .split("|")
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows).toHaveLength(REASONS.length);
    rows.forEach(([code, zh, en, fix], i) => {
      expect(REASONS[i]).toMatchObject({ code, zh, en, fix });
    });
  });
});
