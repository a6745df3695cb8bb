// Uploads are scans and phone photos (tilt, a desk around the document, uneven light, glare, JPEG
// loss, sideways or upside down), never the perfect render: this turns a render into one,
// deterministically. Ported from the OCR lab's simulator (/tmp/ocr-lab/src/capture/capture.ts),
// on which the reader was measured; sharp only, on JPEG and raw pixels (no SVG loader needed).
import sharp, { type Sharp } from "sharp";
import type { CaptureOptions } from "@/demo/documents/capture-options";
import { createRng } from "@/demo/generate/prng";

export type { CaptureOptions } from "@/demo/documents/capture-options";

/** Desk colours under the document: wood, grey laminate, light laminate, dark wood. */
const DESKS = [
  [146, 110, 76],
  [92, 94, 98],
  [214, 208, 196],
  [60, 48, 40],
] as const;

/** The stored JPEG of a document `image` (any format sharp's configured loaders take) captured as `options` says. */
export async function capture(image: Buffer, options: CaptureOptions): Promise<Buffer> {
  const pixels = options.mode === "photo" ? await photograph(image, options) : await scan(image, options);
  return pixels.rotate(options.rotate).jpeg({ quality: options.quality }).toBuffer();
}

async function scan(image: Buffer, o: CaptureOptions): Promise<Sharp> {
  if (!o.scanShortSide) return sharp(image);
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const scale = o.scanShortSide / Math.min(width, height);
  if (scale >= 1) return sharp(image);
  // Resized to pixels first: in one pipeline sharp rotates before it resizes, and a width and
  // height meant for the upright scan would crop the turned one.
  const { data, info } = await sharp(image)
    .resize(Math.round(width * scale), Math.round(height * scale))
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

async function photograph(image: Buffer, o: CaptureOptions): Promise<Sharp> {
  const meta = await sharp(image).metadata();
  const frameW = o.frameLongSide;
  const frameH = Math.round((o.frameLongSide * 3) / 4);
  // A portrait document must fit the frame's height too.
  const docW = Math.round(Math.min(frameW * o.fill, (frameH * o.fill * meta.width) / meta.height));
  const docH = Math.round((docW * meta.height) / meta.width);
  const tilted = await sharp(image)
    .resize(docW, docH)
    .ensureAlpha()
    .rotate(o.tiltDeg, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const r = createRng(o.seed ^ 0x5bd1e995);
  const jitter = () => (r.next() * 2 - 1) * 0.03;
  const desk = DESKS[r.int(0, DESKS.length - 1)];
  const left = Math.round((frameW - tilted.info.width) / 2 + jitter() * frameW);
  const top = Math.round((frameH - tilted.info.height) / 2 + jitter() * frameH);
  const composed = await sharp({
    create: { width: frameW, height: frameH, channels: 3, background: { r: desk[0], g: desk[1], b: desk[2] } },
  })
    .composite([
      {
        input: tilted.data,
        raw: { width: tilted.info.width, height: tilted.info.height, channels: tilted.info.channels },
        left: Math.max(0, left),
        top: Math.max(0, top),
      },
    ])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: composed.info.width, height: composed.info.height, channels: 3 } as const;
  // A second pipeline: in one, sharp blurs before it composites, which left the lab's document sharp on a soft desk.
  const soft = await sharp(composed.data, { raw }).blur(o.blur).raw().toBuffer();
  return sharp(lighten(soft, raw.width, raw.height, o), { raw });
}

/** Uneven light, glare and sensor noise, in one pass over RGB pixels. */
function lighten(data: Buffer, width: number, height: number, o: CaptureOptions): Buffer {
  const out = Buffer.allocUnsafe(data.length);
  const dx = Math.cos(o.light.angle);
  const dy = Math.sin(o.light.angle);
  const span = Math.abs(dx) * width + Math.abs(dy) * height;
  const offset = Math.min(0, dx * width) + Math.min(0, dy * height);
  const long = Math.max(width, height);
  const g = o.glare;
  const gx = g ? g.x * width : 0;
  const gy = g ? g.y * height : 0;
  const gr2 = g ? (g.radius * long) ** 2 : 1;
  let state = o.seed >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (dx * x + dy * y - offset) / span;
      const light = 1 - o.light.strength * t;
      // Beyond three radii the spot adds under 0.03 of a grey level: not worth an exp per pixel.
      const d2 = g ? ((x - gx) ** 2 + (y - gy) ** 2) / gr2 : 10;
      const glare = g && d2 < 9 ? g.strength * Math.exp(-d2) : 0;
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const noise = ((state >>> 24) / 255 - 0.5) * 2 * o.noise;
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const v = data[i + c] * light + noise;
        out[i + c] = clamp(v + (255 - v) * glare);
      }
    }
  }
  return out;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}
