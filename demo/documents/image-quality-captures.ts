// Realistic uploads of every demo document kind, for calibrating and testing the image-quality
// measures (lib/domain/images/quality.ts): the colour captures an applicant sends (a scan at the
// demo's size or the scanner's, a phone photo on a desk, a washed-out scan of a pale card) and
// the faulty ones the rules must still catch (a greyscale scan, tinted or noisy; a really
// blurred scan or photo). Both sets come from the same renders, so a threshold between them is
// calibrated on what the console is actually sent.
import sharp from "sharp";
import { capture } from "@/demo/documents/capture";
import { randomCapture } from "@/demo/documents/capture-options";
import { DOCUMENT_KINDS, type DocumentKind } from "@/demo/documents/document-kinds";
import { renderDocument } from "@/demo/documents/render-document";
import { DEMO_CAPTURE_RANGES, SCAN_SHORT_SIDE } from "@/demo/generate/capture-plan";
import { createRng } from "@/demo/generate/prng";

export const COLOUR_CONDITIONS = ["render", "demo scan", "full scan", "faded scan", "photo", "dim photo"] as const;
export const GREY_CONDITIONS = [
  "grey scan",
  "grey scan, cast",
  "grey scan, sepia",
  "grey scan, yellowed",
  "grey scan, noise",
  "grey photo",
] as const;
export const BLURRED_CONDITIONS = ["blurred render", "blurred scan", "blurred photo"] as const;

export type ColourCondition = (typeof COLOUR_CONDITIONS)[number];
export type GreyCondition = (typeof GREY_CONDITIONS)[number];
export type BlurredCondition = (typeof BLURRED_CONDITIONS)[number];
export type Condition = ColourCondition | GreyCondition | BlurredCondition;

/** What a really blurred upload is: the text no longer legible (σ in the stored image's pixels, per 1000 px of its long side). */
export const REAL_BLUR_SIGMA_PER_1000 = 2;

type Rgb = readonly [number, number, number];

async function rawOf(jpeg: Buffer) {
  return sharp(jpeg).removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
}

/** Each pixel's luma, tinted per channel (`luma * scale + offset`), plus optional colour noise of amplitude `noise`. */
async function tintedGreyJpeg(jpeg: Buffer, scale: Rgb, offset: Rgb, noise = 0, seed = 1): Promise<Buffer> {
  const { data, info } = await rawOf(jpeg);
  const out = Buffer.alloc(data.length);
  let state = seed >>> 0 || 1;
  const c = info.channels;
  for (let i = 0; i < data.length; i += c) {
    const luma = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
    for (let k = 0; k < 3; k++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const n = noise ? ((state >>> 24) / 255 - 0.5) * 2 * noise : 0;
      out[i + k] = Math.max(0, Math.min(255, Math.round(luma * scale[k] + offset[k] + n)));
    }
  }
  return sharp(out, { raw: { width: info.width, height: info.height, channels: c } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A scanner that washes colours out: saturation down to 45 %, brighter. */
async function faded(jpeg: Buffer): Promise<Buffer> {
  return sharp(jpeg).modulate({ saturation: 0.45, brightness: 1.08 }).jpeg({ quality: 85 }).toBuffer();
}

async function blurred(jpeg: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(jpeg).metadata();
  const sigma = (REAL_BLUR_SIGMA_PER_1000 * Math.max(width, height)) / 1000;
  return sharp(jpeg).blur(sigma).jpeg({ quality: 85 }).toBuffer();
}

/** One upload of a document of `kind` (demo data, `variant`) under `condition`; deterministic. */
export async function captureFor(kind: DocumentKind, variant: number, condition: Condition): Promise<Buffer> {
  const rng = createRng(0x51ed + variant * 977 + DOCUMENT_KINDS.indexOf(kind) * 31);
  const photoOptions = randomCapture(rng, "photo", 0, DEMO_CAPTURE_RANGES);
  const scanOptions = { ...randomCapture(rng, "scan", 0, DEMO_CAPTURE_RANGES), scanShortSide: SCAN_SHORT_SIDE };
  const data = { variant };
  switch (condition) {
    case "render":
      return renderDocument(kind, data);
    case "demo scan":
      return capture(await renderDocument(kind, data), scanOptions);
    case "full scan":
      return capture(await renderDocument(kind, data), { ...scanOptions, scanShortSide: undefined });
    case "faded scan":
      return faded(await capture(await renderDocument(kind, data), scanOptions));
    case "photo":
      return capture(await renderDocument(kind, data), photoOptions);
    case "dim photo":
      // Poor light and no glare: the colours of the document and the desk go dull.
      return capture(await renderDocument(kind, data), { ...photoOptions, light: { angle: 0, strength: 0.45 }, glare: null });
    case "grey scan":
      return sharp(await capture(await renderDocument(kind, data), scanOptions))
        .greyscale()
        .jpeg({ quality: 85 })
        .toBuffer();
    case "grey scan, cast":
      return tintedGreyJpeg(await captureFor(kind, variant, "demo scan"), [1, 1, 1], [4, 0, -4]);
    case "grey scan, sepia":
      return tintedGreyJpeg(await captureFor(kind, variant, "demo scan"), [1, 0.94, 0.84], [14, 6, 0]);
    case "grey scan, yellowed":
      return tintedGreyJpeg(await captureFor(kind, variant, "demo scan"), [0.98, 0.96, 0.86], [6, 4, -6]);
    case "grey scan, noise":
      return tintedGreyJpeg(await captureFor(kind, variant, "demo scan"), [1, 1, 1], [0, 0, 0], 6, variant + 1);
    case "grey photo":
      // A greyscale copy photographed on a desk: then the desk is the only colour.
      return sharp(await capture(await renderDocument(kind, data, { grey: true }), photoOptions))
        .greyscale()
        .jpeg({ quality: 85 })
        .toBuffer();
    case "blurred render":
      return renderDocument(kind, data, { blurred: true });
    case "blurred scan":
      return blurred(await captureFor(kind, variant, "full scan"));
    case "blurred photo":
      // Out of focus or shaken: the optics blur, the sensor then adds its noise and the phone its JPEG.
      return capture(await renderDocument(kind, data), {
        ...photoOptions,
        blur: (REAL_BLUR_SIGMA_PER_1000 * photoOptions.frameLongSide) / 1000,
      });
  }
}
