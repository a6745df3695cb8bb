import { QUALITY_WORKING_SIZE } from "@/lib/domain/images/quality-thresholds";
import { openUntrustedImage } from "@/lib/domain/images/sharp";

/** What the image rules need from an image; lib/rules declares the same shape. */
export type ImageMeasures = {
  /** Oriented original, px. */
  width: number;
  height: number;
  /**
   * How much colour there is beyond a uniform tint, 0–255: see tintFreeChroma. Tinted greyscale
   * (sepia, yellowed paper, a colour cast) measures near 0, a pale colour scan well above.
   */
  chroma: number;
  /**
   * Sharpness of the strongest edges, independent of how much there is to see: 100 × the mean
   * square of the 3×3 Laplacian (0,1,0 / 1,−4,1 / 0,1,0) over the mean square gradient, both
   * over the pixels of the grey working copy on a strong edge. See edgeSharpness. (The name is
   * the stored column's: it once was the plain Laplacian variance, which called flat photos blurry.)
   */
  laplacianVariance: number;
};

/** Share of the most chromatic (tint-removed) pixels whose chroma is averaged: a seal or a portrait is colour; paper is not. */
export const CHROMA_TOP_FRACTION = 0.003;
/** The strongest tint of a greyscale scan (sepia measured 46–55 as max − min): a stronger uniform colour is colour itself. */
export const STRONGEST_TINT = 45;
/** Share of the pixels with the largest gradient that set the strong-edge cut. */
const EDGE_TOP_FRACTION = 0.01;
/** A strong edge: a gradient of at least this share of the top EDGE_TOP_FRACTION's smallest… */
const EDGE_SHARE = 0.25;
/** …and at least this many grey levels per pixel, so that noise on a blank image is no edge. */
const EDGE_MIN_GRADIENT = 8;

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
  const n = info.width * info.height;
  const grey = new Uint8Array(n);
  const u = new Int16Array(n);
  const v = new Int16Array(n);
  const plain = splitPixels(data, info.channels, grey, u, v);
  const chroma = Math.max(tintFreeChroma(grey, u, v, info.width, info.height), plain - STRONGEST_TINT);
  return { width, height, chroma, laplacianVariance: edgeSharpness(grey, info.width, info.height) };
}

/**
 * Fills `grey` with Rec. 601 luma and `u`, `v` with the colour differences r − luma, b − luma;
 * returns the plain chroma (mean max(r,g,b) − min(r,g,b) of the top 1 %), for STRONGEST_TINT.
 */
function splitPixels(data: Buffer, channels: number, grey: Uint8Array, u: Int16Array, v: Int16Array): number {
  const histogram = new Uint32Array(256);
  for (let p = 0, i = 0; p < grey.length; p++, i += channels) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    histogram[max - min]++;
    const y = (77 * r + 150 * g + 29 * b + 128) >> 8;
    grey[p] = y;
    u[p] = r - y;
    v[p] = b - y;
  }
  return topMean(histogram, grey.length, 0.01);
}

/** Mean of the top `fraction` of the values counted in `histogram` (index = value). */
function topMean(histogram: Uint32Array, count: number, fraction: number): number {
  const wanted = Math.max(1, Math.round(count * fraction));
  let taken = 0;
  let sum = 0;
  for (let c = histogram.length - 1; c >= 0 && taken < wanted; c--) {
    const k = Math.min(histogram[c], wanted - taken);
    taken += k;
    sum += k * c;
  }
  return taken === 0 ? 0 : sum / taken;
}

const LUMA_BINS = 32;

/**
 * Colour beyond a tint: a greyscale scan on yellowed paper, in sepia or with a cast has one colour
 * per brightness; a colour document has several (a red seal and black text of the same
 * darkness). Over 2×2 blocks (JPEG stores colour per 2×2 block: single pixels at text edges carry
 * their neighbours' tint), the mean colour difference of each of 32 brightness bins is removed and
 * the mean distance to it of the CHROMA_TOP_FRACTION most distant blocks is returned.
 */
function tintFreeChroma(grey: Uint8Array, u: Int16Array, v: Int16Array, width: number, height: number): number {
  const w2 = width >> 1;
  const h2 = height >> 1;
  const m = w2 * h2;
  if (m === 0) return 0;
  const by = new Uint8Array(m);
  const bu = new Float32Array(m);
  const bv = new Float32Array(m);
  const sumU = new Float64Array(LUMA_BINS);
  const sumV = new Float64Array(LUMA_BINS);
  const count = new Float64Array(LUMA_BINS);
  for (let y = 0; y < h2; y++) {
    for (let x = 0; x < w2; x++) {
      const q = y * w2 + x;
      const i = 2 * y * width + 2 * x;
      by[q] = (grey[i] + grey[i + 1] + grey[i + width] + grey[i + width + 1]) >> 2;
      bu[q] = (u[i] + u[i + 1] + u[i + width] + u[i + width + 1]) / 4;
      bv[q] = (v[i] + v[i + 1] + v[i + width] + v[i + width + 1]) / 4;
      const bin = by[q] >> 3;
      sumU[bin] += bu[q];
      sumV[bin] += bv[q];
      count[bin]++;
    }
  }
  const histogram = new Uint32Array(512);
  for (let q = 0; q < m; q++) {
    const bin = by[q] >> 3;
    const d = Math.hypot(bu[q] - sumU[bin] / count[bin], bv[q] - sumV[bin] / count[bin]);
    histogram[Math.min(511, Math.round(d))]++;
  }
  return topMean(histogram, m, CHROMA_TOP_FRACTION);
}

/**
 * How sharp the strong edges are, whatever their number: a flat photo (a face on a backdrop) has
 * few, a licence many, and the plain Laplacian variance told the amount of detail as much as the
 * blur. At an edge blurred by σ the Laplacian's mean square falls as 1/σ² against the
 * gradient's, so their ratio over the edge pixels measures the blur alone; restricting it to
 * strong edges keeps sensor noise (flat areas) out.
 */
function edgeSharpness(grey: Uint8Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  const gradient = new Float32Array(width * height);
  const histogram = new Uint32Array(256);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const g = Math.hypot(grey[i + 1] - grey[i - 1], grey[i + width] - grey[i - width]) / 2;
      gradient[i] = g;
      histogram[Math.min(255, Math.round(g))]++;
    }
  }
  const wanted = Math.max(1, Math.round((width - 2) * (height - 2) * EDGE_TOP_FRACTION));
  let top = 255;
  for (let taken = 0; top > 0; top--) {
    taken += histogram[top];
    if (taken >= wanted) break;
  }
  const cut = Math.max(EDGE_MIN_GRADIENT, EDGE_SHARE * top);
  let laplacian = 0;
  let slope = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      if (gradient[i] < cut) continue;
      const lap = grey[i - width] + grey[i + width] + grey[i - 1] + grey[i + 1] - 4 * grey[i];
      const dx = grey[i + 1] - grey[i];
      const dy = grey[i + width] - grey[i];
      laplacian += lap * lap;
      slope += dx * dx + dy * dy;
    }
  }
  // No strong edge at all: nothing sharp to see.
  return slope === 0 ? 0 : (100 * laplacian) / slope;
}
