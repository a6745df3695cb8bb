import { describe, expect, it } from "vitest";
import { ctcDecode } from "./ctc";

describe("ctcDecode", () => {
  it("drops blanks and repeats and keeps each character's probability", () => {
    const dict = ["张", "伟", " "];
    // steps × classes (blank, 张, 伟, space)
    const steps = [
      [0.1, 0.9, 0, 0],
      [0.2, 0.8, 0, 0],
      [0.9, 0.1, 0, 0],
      [0.3, 0, 0.7, 0],
      [0.6, 0, 0.4, 0],
      [0.4, 0, 0.6, 0],
    ];
    const { text, chars } = ctcDecode(Float32Array.from(steps.flat()), steps.length, 4, dict);
    expect(text).toBe("张伟伟");
    expect(chars.map((c) => Number(c.toFixed(2)))).toEqual([0.9, 0.7, 0.6]);
  });
});
