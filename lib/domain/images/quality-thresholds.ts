// Thresholds of the three image-quality rules (rules.md: IMAGE_NOT_COLOR, IMAGE_TOO_SMALL,
// IMAGE_BLURRY). Kept free of sharp so the pure rules engine can import them.
// Measures are taken by lib/images/quality.ts at QUALITY_WORKING_SIZE.
//
// Calibrated on generated images (the 16 demo document kinds × 3 variants from demo/documents,
// plus a 2000×1400 noisy photo-like gradient), all JPEG q82, measured by measureImage():
//
//                                   chroma        laplacianVariance
//   colour documents (sharp)        72 – 179      1550 – 5539
//   colour photos (sharp)          113 – 154       297 – 850     (297: noisy synthetic photo)
//   colour, short side 480 px       65 – 181       462 – 6183
//   grey (1-band or RGB JPEG)        0              —
//   grey + uniform cast ±4           8 – 9          —
//   grey, light / strong sepia      24 – 30 / 35 – 44
//   grey on yellowed paper          30 – 39         —
//   grey + colour sensor noise σ4    2 – 4          —
//   (the grey rows keep the sharpness of their colour originals)
//   gaussian blur σ 3 (documents)    —             32 – 97
//   gaussian blur σ 3 (photos)       —              5 – 22
//   gaussian blur σ 2 (documents)    —            189 – 451      (not caught, see below)
//   gaussian blur σ 2 (photos)       —             37 – 84

/**
 * Longest side, in px, of the copy every measure is taken on. 768 rather than 512: at 512 a σ 3
 * blur of a 1600 px scan shrinks to σ ≈ 1 and blurred documents (115 – 389) overlapped sharp
 * photos (362 – 904). 1024 would also catch σ 2 on documents (74 – 172) but costs about 27 ms
 * for a 2000×1400 JPEG, against 21 ms at 768 and 10 ms at 512.
 */
export const QUALITY_WORKING_SIZE = 768;
/** IMAGE_TOO_SMALL: the shorter side of the oriented original is under this. */
export const MIN_SHORT_SIDE_PX = 600;
/**
 * IMAGE_NOT_COLOR: chroma (mean max(r,g,b) − min(r,g,b) of the 1% most chromatic pixels, 0–255)
 * under this. Between the strongest monochrome tint measured (strong sepia, 44) and the least
 * colourful colour scan (a letter whose only colour is its red seal, shrunk to 480 px: 65). The
 * mean over ALL pixels could not work: a colour letter on white paper averaged 4.5 – 5.6, below
 * a grey scan with a ±4 cast (7.6 – 9.0).
 */
export const GREY_MAX_CHROMA = 52;
/**
 * IMAGE_BLURRY: variance of the 3×3 Laplacian of the grey working copy under this. The geometric
 * middle of the sharpest blurred image (σ 3 licence, 97) and the softest sharp one (noisy photo,
 * 297). σ 2 blur on dense documents (189 – 451) stays above it: at 768 px it is barely visible.
 */
export const BLUR_MIN_VARIANCE = 170;
