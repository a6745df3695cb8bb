import { describe, expect, it } from "vitest";
import { singleCharCorruptions } from "@/lib/domain/rules/testing/corruptions";
import { isValidUscc, usccCheckChar, usccProvinceCode } from "@/lib/domain/rules/validators/uscc";

// icp-research §3.1 test values.
const VALID = ["91110000600037341L", "9135052155323005XL", "91350100M000100Y43", "91110108717743469K"];
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("USCC (GB 32100)", () => {
  it.each(VALID)("accepts the published value %s", (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  it("rejects the published invalid values", () => {
    expect(isValidUscc("91110000600037341A")).toBe(false);
    expect(isValidUscc("910000000000000000")).toBe(false);
    expect(usccCheckChar("91000000000000000")).toBe("K");
  });

  it.each(VALID)("rejects every single-character corruption of %s", (code) => {
    const corruptions = singleCharCorruptions(code, ALPHABET);
    expect(corruptions.length).toBe(18 * 35);
    expect(corruptions.filter(isValidUscc)).toEqual([]);
  });

  it("rejects wrong lengths, lower case and non-digit region codes", () => {
    expect(isValidUscc("91110000600037341")).toBe(false);
    expect(isValidUscc("91110000600037341LL")).toBe(false);
    expect(isValidUscc("91110108717743469k")).toBe(false);
    expect(isValidUscc("")).toBe(false);
  });

  it("reads the province code at positions 3–4", () => {
    expect(usccProvinceCode("9135052155323005XL")).toBe("35");
  });
});
