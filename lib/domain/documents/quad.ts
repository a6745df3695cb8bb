// Why: detected boxes are four corners in no reading order; reading one upright at a quarter turn needs them as the text's TL, TR, BR, BL.

import type { Quarter } from "./engine";
import { fromUpright, toUpright, type Point, type Size } from "./geometry";

/** The quad's corners as top-left, top-right, bottom-right, bottom-left of the text once turned `o` clockwise. */
export function orderForReading(quad: Point[], o: Quarter, size: Size): Point[] {
  const up = quad.map((p) => toUpright(p, o, size));
  const cx = up.reduce((s, p) => s + p.x, 0) / 4;
  const cy = up.reduce((s, p) => s + p.y, 0) / 4;
  const sorted = [...up].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  // atan2 order starts at the top-left quadrant (−180°…−90°) and goes clockwise in image coordinates.
  let start = 0;
  for (let i = 1; i < 4; i++) if (sorted[i].x + sorted[i].y < sorted[start].x + sorted[start].y) start = i;
  const ordered = [0, 1, 2, 3].map((i) => sorted[(start + i) % 4]);
  return ordered.map((p) => fromUpright(p, o, size));
}

export function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
