import { describe, expect, it } from "vitest";
import { drawForSecondReview } from "@/lib/services/decisions/sampling";

describe("drawForSecondReview", () => {
  it("samples close to the configured share over many decisions", () => {
    for (const rate of [0.05, 0.2]) {
      const n = 20_000;
      let drawn = 0;
      for (let i = 0; i < n; i++) if (drawForSecondReview(rate)) drawn++;
      // 4 standard deviations of a binomial draw: fails only if the sampler is biased.
      const tolerance = 4 * Math.sqrt(n * rate * (1 - rate));
      expect(Math.abs(drawn - n * rate)).toBeLessThan(tolerance);
    }
  });

  it("never samples at 0 and always at 1", () => {
    expect(Array.from({ length: 1000 }, () => drawForSecondReview(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 1000 }, () => drawForSecondReview(1)).every(Boolean)).toBe(true);
  });
});
