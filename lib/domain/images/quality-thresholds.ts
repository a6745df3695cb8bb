// Thresholds of the three image-quality rules (rules.md: IMAGE_NOT_COLOR, IMAGE_TOO_SMALL,
// IMAGE_BLURRY). Kept free of sharp so the pure rules engine can import them.
// Measures are taken by lib/images/quality.ts at QUALITY_WORKING_SIZE.
//
// Calibrated on realistic captures of every demo document kind (demo/documents/
// image-quality-captures.ts: 16 kinds × 3 variants per condition; the table is printed by
// `npx tsx demo/documents/image-quality-calibration.ts`), measured by measureImage():
//
//                                             chroma    sharpness ("laplacianVariance")
//   colour render / demo scan / full scan     47 – 170   189 – 306
//   colour scan washed out (saturation 45 %)  20 – 69    185 – 297   (pale cards, passports)
//   phone photo on a desk (tilt, glare, JPEG)  23 – 132   143 – 314   (flat portrait photos incl.)
//   phone photo, dim light, no glare          26 – 129   151 – 313
//   greyscale scan (1 band)                    0         185 – 294
//   greyscale + cast ±4 / colour noise ±6     0 – 4      184 – 294
//   greyscale, sepia / yellowed paper          7 – 13     184 – 295
//   greyscale photo                            0         144 – 313
//   blurred σ 3 render (the demo's fault)     44 – 180    32 – 68
//   blurred scan, σ 2 px per 1000 px           42 – 169    28 – 49
//   blurred photo (optics σ 2/1000, then noise) 17 – 131    23 – 55
//
// The measures before (mean max − min of the 1 % most chromatic pixels; plain Laplacian
// variance; thresholds 52 and 170), on the same kinds of capture (photos then 1600 – 2400 px):
// they called pale colour scans grey (washed-out scans 25 – 87, passports and ID cards among them
// 35 – 40, ID fronts photographed 38 – 68; 26 of 32 washed-out scans and 12 of 32 photos
// flagged), let strong sepia through (46 – 55), and called a flat portrait photo blurry
// (92 – 115): both measured the amount of colour or detail as much as its kind.

/**
 * Longest side, in px, of the copy every measure is taken on. 768 rather than 512 (measured
 * with the plain Laplacian variance of before): at 512 a σ 3 blur of a 1600 px scan shrinks to
 * σ ≈ 1 and blurred documents (115 – 389) overlapped sharp photos (362 – 904). 1024 would also
 * catch σ 2 on documents (74 – 172) but costs about 27 ms for a 2000×1400 JPEG, against 21 ms
 * at 768 and 10 ms at 512.
 */
export const QUALITY_WORKING_SIZE = 768;
/** IMAGE_TOO_SMALL: the shorter side of the oriented original is under this. */
export const MIN_SHORT_SIDE_PX = 600;
/**
 * IMAGE_NOT_COLOR: chroma beyond a uniform tint (quality.ts tintFreeChroma: over 2×2 blocks, the
 * distance of each block's colour from the mean colour of its brightness, averaged over the
 * 0.3 % most distant; or a uniform colour stronger than STRONGEST_TINT) under this. Between the
 * most tinted greyscale scan (sepia, 13) and the palest colour upload (a blurred photo of a
 * letter whose only colour is its seal, 17; a washed-out passport scan, 20).
 */
export const GREY_MAX_CHROMA = 15;
/**
 * IMAGE_BLURRY: edge sharpness (quality.ts edgeSharpness: 100 × mean square Laplacian over mean
 * square gradient, on the strong edges of the grey working copy) under this. The geometric
 * middle of the sharpest really blurred upload (σ 3 render, 68) and the softest sharp one (a
 * phone photo of an ID card at 1280 px, 143). A stored measure from before this definition
 * (plain Laplacian variance) compares about as it did: blurred 3 – 110, sharp 82 – 5 500.
 */
export const BLUR_MIN_VARIANCE = 100;
