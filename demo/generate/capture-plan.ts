import { randomCapture, type CaptureOptions, type CaptureRanges, type Quarter } from "@/demo/documents/capture-options";
import type { Rng } from "@/demo/generate/prng";
import { MIN_SHORT_SIDE_PX } from "@/lib/domain/images/quality-thresholds";

// How applicants capture the documents the reader reads (licences, ID cards): a mix of scans and
// phone photos of the document on a desk, a few of them uploaded sideways or upside down. Drawn
// per file from the filing's own stream, so a filing's uploads are the same on every seed.

/** Just above IMAGE_TOO_SMALL's limit: the size of a phone scan, and about a third of the rendered pixels. */
export const SCAN_SHORT_SIDE = MIN_SHORT_SIDE_PX + 20;

/** Share of readable documents photographed on a desk (the rest are scanned). */
export const PHOTO_SHARE = 0.45;
/** Share uploaded turned a quarter (90°) and upside down (180°); the reader finds the way up. */
export const ROTATED_90_SHARE = 0.05;
export const ROTATED_180_SHARE = 0.05;

/**
 * The lab's conditions, with smaller photos: chat apps and upload forms shrink a phone's 12 MP to
 * 1280–1920 px, and every photo costs by pixel count (capturing it here, then decoding,
 * measuring, re-encoding and reading it): at 1600–2400 px the seed took 2.8× the CPU of before.
 */
export const DEMO_CAPTURE_RANGES: CaptureRanges = {
  scanQuality: [80, 92],
  photoQuality: [55, 90],
  tiltDeg: [1, 5],
  frameLongSide: [1280, 1920],
};

export function planCapture(rng: Rng): CaptureOptions {
  const mode = rng.chance(PHOTO_SHARE) ? "photo" : "scan";
  const turn = rng.next();
  const rotate: Quarter = turn < ROTATED_90_SHARE ? 90 : turn < ROTATED_90_SHARE + ROTATED_180_SHARE ? 180 : 0;
  const options = randomCapture(rng, mode, rotate, DEMO_CAPTURE_RANGES);
  return mode === "scan" ? { ...options, scanShortSide: SCAN_SHORT_SIDE } : options;
}
