import { describe, expect, it } from "vitest";
import { formatTimeLeft } from "./countdown";

describe("formatTimeLeft", () => {
  it("reads as minutes and seconds", () => {
    expect(formatTimeLeft(120_000)).toBe("2:00");
    expect(formatTimeLeft(65_000)).toBe("1:05");
    expect(formatTimeLeft(9_000)).toBe("0:09");
  });
  it("counts a started second and never goes below zero", () => {
    expect(formatTimeLeft(1)).toBe("0:01");
    expect(formatTimeLeft(59_001)).toBe("1:00");
    expect(formatTimeLeft(-5_000)).toBe("0:00");
  });
});
