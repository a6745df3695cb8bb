import { describe, expect, it } from "vitest";
import { singleCharCorruptions } from "@/lib/domain/rules/testing/corruptions";
import { residentIdCheckChar, residentIdProblem } from "@/lib/domain/rules/validators/resident-id";

// icp-research §3.4 test values.
const VALID = ["11010519491231002X", "440524188001010014", "360426199101010071"];
const AS_OF = "2026-11-20";

function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe("resident ID (GB 11643)", () => {
  it.each(VALID)("accepts the published value %s", (id) => {
    expect(residentIdProblem(id, AS_OF)).toBeNull();
  });

  it.each(VALID)("rejects every single-character corruption of %s", (id) => {
    const corruptions = singleCharCorruptions(id, "0123456789X");
    expect(corruptions.length).toBe(18 * 10);
    expect(corruptions.filter((c) => residentIdProblem(c, AS_OF) === null)).toEqual([]);
  });

  it("names the problem", () => {
    expect(residentIdProblem("11010519491231002", AS_OF)).toBe("format");
    expect(residentIdProblem("11010519491231002x", AS_OF)).toBe("format");
    expect(residentIdProblem("110105194912310021", AS_OF)).toBe("check");
    expect(residentIdProblem(withCheck("11010520230229002"), AS_OF)).toBe("birth_date");
    expect(residentIdProblem(withCheck("11010520240229002"), AS_OF)).toBeNull();
  });

  it("accepts a birth date on asOf and rejects the day after", () => {
    expect(residentIdProblem(withCheck("11010520261120002"), AS_OF)).toBeNull();
    expect(residentIdProblem(withCheck("11010520261121002"), AS_OF)).toBe("born_after_as_of");
  });
});
