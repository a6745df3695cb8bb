// Thresholds of the three image-quality rules (rules.md: IMAGE_NOT_COLOR, IMAGE_TOO_SMALL,
// IMAGE_BLURRY). Kept free of sharp so the pure rules engine can import them.
// Measures are taken by lib/images/quality.ts at QUALITY_WORKING_SIZE.

/** Longest side, in px, of the copy every measure is taken on. */
export const QUALITY_WORKING_SIZE = 768;
/** IMAGE_TOO_SMALL: the shorter side of the oriented original is under this. */
export const MIN_SHORT_SIDE_PX = 600;
/** IMAGE_NOT_COLOR: mean per-pixel chroma (max(r,g,b) − min(r,g,b), 0–255) under this. */
export const GREY_MAX_CHROMA = 6;
/** IMAGE_BLURRY: variance of the 3×3 Laplacian of the grey working copy under this. */
export const BLUR_MIN_VARIANCE = 100;
