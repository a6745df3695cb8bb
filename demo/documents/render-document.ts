import type { Sharp } from "sharp";
import { resolveData, type DocumentData } from "@/demo/documents/document-data";
import { KIND_SPECS, type DocumentKind } from "@/demo/documents/document-kinds";
import { renderTrustedSvg } from "@/demo/documents/render-svg";

export type RenderOptions = {
  /** Greyscale, as from a black-and-white scanner (fires IMAGE_NOT_COLOR). */
  grey?: boolean;
  /** Shorter side SMALL_SHORT_SIDE px (fires IMAGE_TOO_SMALL). */
  small?: boolean;
  /** Gaussian blur, σ = BLUR_SIGMA (fires IMAGE_BLURRY). */
  blurred?: boolean;
};

export const JPEG_QUALITY = 82;
export const SMALL_SHORT_SIDE = 480;
export const BLUR_SIGMA = 3;

const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<Buffer>>();

/**
 * A JPEG of a demo document of `kind` printing `data`. Deterministic, so results are memoised
 * (LRU, CACHE_LIMIT entries): the seed may ask for the same document many times.
 */
export function renderDocument(kind: DocumentKind, data: DocumentData = {}, options: RenderOptions = {}): Promise<Buffer> {
  const resolved = resolveData(data);
  const opts = { grey: !!options.grey, small: !!options.small, blurred: !!options.blurred };
  const key = JSON.stringify([kind, resolved, opts]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const spec = KIND_SPECS[kind];
  if (!spec) return Promise.reject(new TypeError(`unknown document kind: ${kind}`));
  const job = renderTrustedSvg(spec.template(resolved), (image) => finish(image, spec.photo, opts));
  cache.set(key, job);
  job.catch(() => cache.delete(key));
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return job;
}

async function finish(image: Sharp, photo: boolean, opts: Required<RenderOptions>): Promise<Buffer> {
  // sharp orders a pipeline itself: resize, then blur, then composite, then colourspace.
  let pipeline = image.flatten({ background: "#ffffff" });
  if (opts.small) {
    const meta = await image.metadata();
    const scale = SMALL_SHORT_SIDE / Math.min(meta.width, meta.height);
    pipeline = pipeline.resize(Math.round(meta.width * scale), Math.round(meta.height * scale));
  }
  if (opts.blurred) pipeline = pipeline.blur(BLUR_SIGMA);
  // Sensor noise would be composited after the blur and hide it, so blurred shots go without.
  else if (photo) pipeline = pipeline.composite([{ input: NOISE_TILE, raw: NOISE_RAW, tile: true }]);
  if (opts.grey) pipeline = pipeline.greyscale();
  return pipeline.jpeg({ quality: JPEG_QUALITY }).toBuffer();
}

const NOISE_RAW = { width: 256, height: 256, channels: 4 } as const;

/** Faint monochrome speckle (random black or white at 2–5% opacity), blended over camera shots. */
const NOISE_TILE = (() => {
  const data = Buffer.alloc(NOISE_RAW.width * NOISE_RAW.height * 4);
  let state = 0x9e3779b9;
  for (let i = 0; i < data.length; i += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const v = state >>> 31 ? 255 : 0;
    data[i] = data[i + 1] = data[i + 2] = v;
    data[i + 3] = 6 + ((state >>> 24) & 7);
  }
  return data;
})();
