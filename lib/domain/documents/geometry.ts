// Why: lines are paired in an upright, deskewed frame, but every box is reported in the stored image's pixels.

import type { Box, OcrLine, Quarter } from "./engine";

export type Point = { x: number; y: number };
export type Size = { width: number; height: number };

/** Where a stored-image point lands after turning the image `o` degrees clockwise. */
export function toUpright(p: Point, o: Quarter, stored: Size): Point {
  if (o === 90) return { x: stored.height - p.y, y: p.x };
  if (o === 180) return { x: stored.width - p.x, y: stored.height - p.y };
  if (o === 270) return { x: p.y, y: stored.width - p.x };
  return { x: p.x, y: p.y };
}

/** The inverse of toUpright. */
export function fromUpright(q: Point, o: Quarter, stored: Size): Point {
  if (o === 90) return { x: q.y, y: stored.height - q.x };
  if (o === 180) return { x: stored.width - q.x, y: stored.height - q.y };
  if (o === 270) return { x: stored.width - q.y, y: q.x };
  return { x: q.x, y: q.y };
}

export function corners(b: Box): Point[] {
  return [
    { x: b.x, y: b.y },
    { x: b.x + b.width, y: b.y },
    { x: b.x + b.width, y: b.y + b.height },
    { x: b.x, y: b.y + b.height },
  ];
}

export function bounds(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function union(boxes: Box[]): Box {
  return bounds(boxes.flatMap(corners));
}

export function boxToUpright(b: Box, o: Quarter, stored: Size): Box {
  return bounds(corners(b).map((p) => toUpright(p, o, stored)));
}

export function boxFromUpright(b: Box, o: Quarter, stored: Size): Box {
  return bounds(corners(b).map((p) => fromUpright(p, o, stored)));
}

/** Angle in (−180, 180]. */
export function normalizeAngle(deg: number): number {
  const a = ((deg % 360) + 360) % 360;
  return a > 180 ? a - 360 : a;
}

/** Lines of a stored image as seen upright after turning it `o` clockwise (boxes and angles). */
export function linesToUpright(lines: OcrLine[], o: Quarter, stored: Size): OcrLine[] {
  return lines.map((l) => ({
    ...l,
    box: boxToUpright(l.box, o, stored),
    angle: l.angle === undefined ? undefined : normalizeAngle(l.angle + o),
  }));
}

/** The quarter turn that makes most of the text (by length) run left to right; null without angles. */
export function orientationOf(lines: OcrLine[]): Quarter | null {
  const votes = new Map<Quarter, number>();
  for (const l of lines) {
    if (l.angle === undefined) continue;
    const q = ((360 - Math.round(normalizeAngle(l.angle) / 90) * 90) % 360) as Quarter;
    votes.set(q, (votes.get(q) ?? 0) + Math.max(l.box.width, l.box.height) * (l.confidence || 0.01));
  }
  let best: Quarter | null = null;
  for (const [q, w] of votes) if (best === null || w > (votes.get(best) ?? 0)) best = q;
  return best;
}

/**
 * Tilt of upright text in degrees (clockwise positive): the length-weighted median baseline angle of the
 * long lines. 0 when the engine gives no angles.
 */
export function estimateTilt(lines: OcrLine[]): number {
  const samples = lines
    .filter((l) => l.angle !== undefined && Math.abs(normalizeAngle(l.angle)) < 20 && l.box.width > 3 * l.box.height)
    .map((l) => ({ a: normalizeAngle(l.angle as number), w: l.box.width }))
    .sort((p, q) => p.a - q.a);
  const total = samples.reduce((s, p) => s + p.w, 0);
  let acc = 0;
  for (const p of samples) {
    acc += p.w;
    if (acc >= total / 2) return p.a;
  }
  return 0;
}

/** A line's own geometry once the page is rotated back by `tilt`: centre, length along the text, height. */
export type Deskewed = { cx: number; cy: number; left: number; right: number; top: number; bottom: number; h: number };

export function deskew(box: Box, tilt: number): Deskewed {
  const t = (tilt * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.abs(Math.sin(t));
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Rotate the centre by −tilt; recover the text's length L and height h from the tilted bounds
  // (W = L·cos + h·sin, H = L·sin + h·cos).
  const cx = c.x * cos + c.y * Math.sin(t);
  const cy = -c.x * Math.sin(t) + c.y * cos;
  const det = cos * cos - sin * sin;
  let length = (box.width * cos - box.height * sin) / det;
  let h = (box.height * cos - box.width * sin) / det;
  if (!(length > 0) || !(h > 0) || h > box.height) {
    length = box.width;
    h = Math.min(box.height, box.width);
  }
  return { cx, cy, left: cx - length / 2, right: cx + length / 2, top: cy - h / 2, bottom: cy + h / 2, h };
}
