import { describe, expect, it } from "vitest";
import { equalsNormalisedNumber, normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";

describe("normalisation", () => {
  it("reads full-width brackets as ASCII and ignores Latin case", () => {
    expect(normaliseText(" 某某（北京）ACME ")).toBe("某某(北京)acme");
  });

  it("trims and upper-cases numbers", () => {
    expect(normaliseNumber(" 11010519491231002x\t")).toBe("11010519491231002X");
  });

  it.each([
    ["91110108717743469K", true],
    [" 91110108717743469k ", true],
    ["\t91110108717743469k\n", true],
    ["91110108717743469", false],
    ["91110108717743469L", false],
    ["９1110108717743469K", false],
    ["\u300091110108717743469K", true],
  ])("equalsNormalisedNumber(%j) is %s", (raw, expected) => {
    expect(equalsNormalisedNumber(raw, "91110108717743469K")).toBe(expected);
    expect(equalsNormalisedNumber(raw, "91110108717743469K")).toBe(normaliseNumber(raw) === "91110108717743469K");
  });
});
