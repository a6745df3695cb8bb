import { describe, expect, it } from "vitest";
import { percentile } from "@/db/queries/stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 10 }, (_, i) => (i + 1) * 10);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 90)).toBe(90);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});
