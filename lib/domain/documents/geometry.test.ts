import { describe, expect, it } from "vitest";
import type { OcrLine } from "./engine";
import { boxFromUpright, boxToUpright, deskew, estimateTilt, fromUpright, orientationOf, toUpright } from "./geometry";

const stored = { width: 400, height: 300 };

describe("geometry", () => {
  it.each([0, 90, 180, 270] as const)("turns points upright and back (%s°)", (o) => {
    const p = { x: 37, y: 211 };
    expect(fromUpright(toUpright(p, o, stored), o, stored)).toEqual(p);
    const b = { x: 10, y: 20, width: 100, height: 30 };
    const back = boxFromUpright(boxToUpright(b, o, stored), o, stored);
    expect(back).toEqual(b);
  });

  it("a stored image turned 90° clockwise puts its top-left corner top-right", () => {
    expect(toUpright({ x: 0, y: 0 }, 90, stored)).toEqual({ x: 300, y: 0 });
  });

  it("votes the orientation from line angles, weighted by length and confidence", () => {
    const line = (angle: number, width: number): OcrLine => ({ text: "x", confidence: 1, box: { x: 0, y: 0, width, height: 20 }, angle });
    expect(orientationOf([line(88, 300), line(92, 200), line(-90, 50)])).toBe(270);
    expect(orientationOf([line(179, 300), line(3, 20)])).toBe(180);
    expect(orientationOf([{ text: "x", confidence: 1, box: { x: 0, y: 0, width: 1, height: 1 } }])).toBeNull();
  });

  it("estimates tilt from long lines and recovers a line's true length and height", () => {
    const lines: OcrLine[] = [3, 3.2, 2.8, 40].map((a) => ({
      text: "x",
      confidence: 1,
      box: { x: 0, y: 0, width: 400, height: 40 },
      angle: a,
    }));
    expect(estimateTilt(lines)).toBe(3);
    const t = (4 * Math.PI) / 180;
    const [L, h] = [500, 30];
    const g = deskew({ x: 0, y: 0, width: L * Math.cos(t) + h * Math.sin(t), height: L * Math.sin(t) + h * Math.cos(t) }, 4);
    expect(g.right - g.left).toBeCloseTo(L, 6);
    expect(g.h).toBeCloseTo(h, 6);
  });
});
