import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { capture } from "@/demo/documents/capture";
import type { DocumentKind } from "@/demo/documents/document-kinds";
import { renderDocument } from "@/demo/documents/render-document";
import { SCAN_SHORT_SIDE } from "@/demo/generate/capture-plan";
import type { GeneratedFiling } from "@/demo/generate/generate";
import type { FileSpec } from "@/demo/generate/materials";

// Bytes for a generated filing's files. Rendering a document costs ~50–120 ms and every image
// ingested is decoded and re-encoded again (~30–120 ms, by pixel count), so: the documents the
// reader reads (licences, ID cards) always print the filing's own data and are captured as
// planned (scan or phone photo, see capture-plan.ts); of the rest, only some filings get
// documents printing their own names, the others reuse a few generic renders per kind, variant
// and quality, sent at SCAN_SHORT_SIDE, a phone-scan size. Grey, small and blurred renders are
// sent as rendered, so their faults keep their measures.

export { SCAN_SHORT_SIDE };
/** Generic renders per kind and quality (the ~80 ms of each first render adds up). */
export const GENERIC_VARIANTS = 2;
const SCAN_JPEG_QUALITY = 86;

const VIDEO_URLS = {
  mp4: new URL("../assets/sample-commitment.mp4", import.meta.url),
  webm: new URL("../assets/sample-commitment.webm", import.meta.url),
} as const;

const PHOTO_KINDS: ReadonlySet<DocumentKind> = new Set(["verification_photo", "handheld_certificate"]);

type ImageSpec = Extract<FileSpec, { type: "image" }>;
/** `own`: print the spec's own data (and capture it as planned); otherwise a generic render of its kind. */
export type FileBytes = (spec: FileSpec, own: boolean) => Promise<Buffer>;

async function asScan(jpeg: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(jpeg).metadata();
  const scale = SCAN_SHORT_SIDE / Math.min(width, height);
  if (scale >= 1) return jpeg;
  return sharp(jpeg)
    .resize(Math.round(width * scale), Math.round(height * scale))
    .jpeg({ quality: SCAN_JPEG_QUALITY })
    .toBuffer();
}

async function render(spec: ImageSpec, data: ImageSpec["data"], captured: boolean): Promise<Buffer> {
  const options = { grey: spec.quality === "grey", small: spec.quality === "small", blurred: spec.quality === "blurred" };
  const jpeg = await renderDocument(spec.render, data, options);
  if (spec.quality !== "clean") return jpeg;
  return captured && spec.capture ? capture(jpeg, spec.capture) : asScan(jpeg);
}

/** One renderer per run: generic renders and the sample videos are cached for its lifetime. */
export function createFileRenderer(): FileBytes {
  const cache = new Map<string, Promise<Buffer>>();
  const cached = (key: string, make: () => Promise<Buffer>) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = make();
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
    }
    return hit;
  };
  return (spec, own) => {
    if (spec.type === "video") return cached(`video:${spec.format}`, () => readFile(VIDEO_URLS[spec.format]));
    if (own) return render(spec, spec.data, true);
    // Photos print no name: a generic one per variant and gender looks the part.
    const variant = (spec.data.variant ?? 0) % GENERIC_VARIANTS;
    const gender = spec.data.gender;
    const generic = PHOTO_KINDS.has(spec.render) ? { variant, gender } : { variant };
    return cached(`${spec.render}:${spec.quality}:${variant}:${generic.gender ?? ""}`, () => render(spec, generic, false));
  };
}

/**
 * Whether a file prints its filing's own data: always the documents the reader reads (a generic
 * licence or ID card would read as another company or person: DOC_* mismatches nobody planted);
 * of the rest, the personalised filings' files except the photos (no name on them).
 */
function ownData(spec: FileSpec, personalised: boolean): boolean {
  if (spec.type === "video") return false;
  if (spec.readAs) return true;
  return personalised && !PHOTO_KINDS.has(spec.render);
}

/** The files map ingestFiling takes: material file name → bytes. */
export async function renderFiles(g: GeneratedFiling, bytes: FileBytes, personalised: boolean): Promise<Map<string, Buffer>> {
  const entries = await Promise.all(g.files.map(async (spec) => [spec.name, await bytes(spec, ownData(spec, personalised))] as const));
  return new Map(entries);
}
