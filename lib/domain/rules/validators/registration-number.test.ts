import { describe, expect, it } from "vitest";
import { singleCharCorruptions } from "@/lib/domain/rules/testing/corruptions";
import { isValidRegistrationNumber, mod11_10CheckDigit } from "@/lib/domain/rules/validators/registration-number";

// icp-research §3.3: python-stdnum's ISO 7064 vectors and two constructed 15-digit values.
const VALID = ["110108000000016", "440301000000003"];

describe("15-digit registration number (ISO 7064 MOD 11,10)", () => {
  it("reproduces the ISO 7064 test vectors", () => {
    expect(mod11_10CheckDigit("79462")).toBe(3);
    expect(mod11_10CheckDigit("00200667308")).toBe(5);
  });

  it.each(VALID)("accepts %s", (value) => {
    expect(isValidRegistrationNumber(value)).toBe(true);
  });

  it.each(VALID)("rejects every single-character corruption of %s", (value) => {
    const corruptions = singleCharCorruptions(value, "0123456789X");
    expect(corruptions.length).toBe(15 * 10);
    expect(corruptions.filter(isValidRegistrationNumber)).toEqual([]);
  });

  it("rejects other lengths", () => {
    expect(isValidRegistrationNumber("11010800000001")).toBe(false);
    expect(isValidRegistrationNumber("1101080000000160")).toBe(false);
  });
});
