// What a capture does to a render (scan or phone photo, tilt, light, glare, JPEG, rotation) and
// how a typical one is drawn. Pure, so the generator can plan captures without loading sharp;
// capture.ts applies them.
import type { Rng } from "@/demo/generate/prng";

export type Quarter = 0 | 90 | 180 | 270;

export type CaptureOptions = {
  mode: "scan" | "photo";
  /** Clockwise rotation of the stored image (pixels, no EXIF tag), as a sideways or upside-down upload. */
  rotate: Quarter;
  /** JPEG quality of the stored image, 1–100. */
  quality: number;
  /** Scan only: shorter side of the stored scan, px (the scanner's resolution); absent: as rendered. */
  scanShortSide?: number;
  /** Photo only: document tilt in degrees, clockwise positive. */
  tiltDeg: number;
  /** Photo only: longest side of the photo in pixels (a 4:3 frame). */
  frameLongSide: number;
  /** Photo only: share of the frame's width the document covers (0–1). */
  fill: number;
  /** Photo only: light falls off along `angle` (radians) to (1 − strength) of full brightness. */
  light: { angle: number; strength: number };
  /** Photo only: a soft white spot at (x, y) (fractions of the frame), radius a fraction of the long side. */
  glare: { x: number; y: number; radius: number; strength: number } | null;
  /** Photo only: Gaussian blur sigma in pixels (camera softness). */
  blur: number;
  /** Photo only: per-pixel noise amplitude, 0–255. */
  noise: number;
  seed: number;
};

/** Where the ranges of a typical capture may be narrowed (the demo keeps its photos smaller than a phone's). */
export type CaptureRanges = {
  scanQuality: readonly [number, number];
  photoQuality: readonly [number, number];
  tiltDeg: readonly [number, number];
  frameLongSide: readonly [number, number];
};

/** The lab's conditions: scans at JPEG 80–92; photos tilted 1–5°, JPEG 55–90, 1800–3000 px. */
export const LAB_RANGES: CaptureRanges = {
  scanQuality: [80, 92],
  photoQuality: [55, 90],
  tiltDeg: [1, 5],
  frameLongSide: [1800, 3000],
};

/** Options for a typical capture of `mode`, drawn from `rng`. */
export function randomCapture(rng: Rng, mode: "scan" | "photo", rotate: Quarter = 0, ranges: CaptureRanges = LAB_RANGES): CaptureOptions {
  const range = (min: number, max: number) => min + rng.next() * (max - min);
  const sign = rng.chance(0.5) ? 1 : -1;
  const [qMin, qMax] = mode === "scan" ? ranges.scanQuality : ranges.photoQuality;
  return {
    mode,
    rotate,
    quality: rng.int(qMin, qMax),
    tiltDeg: mode === "photo" ? sign * range(...ranges.tiltDeg) : 0,
    frameLongSide: rng.int(...ranges.frameLongSide),
    fill: range(0.72, 0.9),
    light: { angle: range(0, 2 * Math.PI), strength: range(0.15, 0.45) },
    glare: rng.chance(0.7) ? { x: range(0.2, 0.8), y: range(0.2, 0.8), radius: range(0.06, 0.16), strength: range(0.3, 0.75) } : null,
    blur: range(0.4, 1.0),
    noise: range(3, 9),
    seed: rng.int(1, 0x7fffffff),
  };
}
