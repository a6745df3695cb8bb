import { QUALITY_WORKING_SIZE } from "@/lib/domain/images/quality-thresholds";
import { openUntrustedImage } from "@/lib/domain/images/sharp";

/** What the image rules need from an image; lib/rules declares the same shape. */
export type ImageMeasures = {
  /** Oriented original, px. */
  width: number;
  height: number;
  /**
   * How colourful the colourful parts are: the mean of max(r,g,b) − min(r,g,b), 0–255, over the
   * CHROMA_TOP_FRACTION most chromatic pixels of the working copy. See quality-thresholds.ts for
   * why not the mean over all pixels.
   */
  chroma: number;
  /** Variance of the 3×3 Laplacian (0,1,0 / 1,−4,1 / 0,1,0) of the grey working copy. */
  laplacianVariance: number;
};

/** Share of pixels whose chroma is averaged: a seal or a portrait is colour; paper tint is not. */
export const CHROMA_TOP_FRACTION = 0.01;

/**
 * Decodes once, orients, flattens transparency onto white and shrinks to QUALITY_WORKING_SIZE;
 * images already smaller are measured as they are, since enlarging would itself blur them.
 * Throws on bytes the configured sharp refuses.
 */
export async function measureImage(buf: Buffer): Promise<ImageMeasures> {
  const image = openUntrustedImage(buf);
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  const { data, info } = await image
    .resize(QUALITY_WORKING_SIZE, QUALITY_WORKING_SIZE, { fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = new Uint8Array(info.width * info.height);
  const chroma = chromaAndGrey(data, info.channels, grey);
  return { width, height, chroma, laplacianVariance: laplacianVariance(grey, info.width, info.height) };
}

/** Top-fraction mean chroma of interleaved RGB(A) pixels; fills `grey` with Rec. 601 luma. */
function chromaAndGrey(data: Buffer, channels: number, grey: Uint8Array): number {
  const histogram = new Uint32Array(256);
  for (let p = 0, i = 0; p < grey.length; p++, i += channels) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    histogram[max - min]++;
    grey[p] = (77 * r + 150 * g + 29 * b + 128) >> 8;
  }
  const wanted = Math.max(1, Math.round(grey.length * CHROMA_TOP_FRACTION));
  let taken = 0;
  let sum = 0;
  for (let c = 255; c >= 0 && taken < wanted; c--) {
    const n = Math.min(histogram[c], wanted - taken);
    taken += n;
    sum += n * c;
  }
  return taken === 0 ? 0 : sum / taken;
}

/** Population variance of the Laplacian over interior pixels (borders have no full kernel). */
function laplacianVariance(grey: Uint8Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      const lap = grey[i - width] + grey[i + width] + grey[i - 1] + grey[i + 1] - 4 * grey[i];
      sum += lap;
      sumSq += lap * lap;
    }
  }
  const n = (width - 2) * (height - 2);
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
