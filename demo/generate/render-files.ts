import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { MIN_SHORT_SIDE_PX } from "@/lib/domain/images/quality-thresholds";
import type { DocumentKind } from "@/demo/documents/document-kinds";
import { renderDocument } from "@/demo/documents/render-document";
import type { GeneratedFiling } from "@/demo/generate/generate";
import type { FileSpec } from "@/demo/generate/materials";

// Bytes for a generated filing's files. Rendering a document costs ~50–120 ms and every image
// ingested is decoded and re-encoded again (~30–120 ms, by pixel count), so: only some filings
// get documents printing their own names and numbers, the rest reuse a few generic renders per
// kind, variant and quality; and clean images are sent at SCAN_SHORT_SIDE, a phone-scan size.
// Grey, small and blurred renders are sent as rendered, so their faults keep their measures.

/** Just above IMAGE_TOO_SMALL's limit; about a third of the rendered pixels. */
export const SCAN_SHORT_SIDE = MIN_SHORT_SIDE_PX + 20;
/** Generic renders per kind and quality (the ~80 ms of each first render adds up). */
export const GENERIC_VARIANTS = 2;
const SCAN_JPEG_QUALITY = 86;

const VIDEO_URLS = {
  mp4: new URL("../assets/sample-commitment.mp4", import.meta.url),
  webm: new URL("../assets/sample-commitment.webm", import.meta.url),
} as const;

const PHOTO_KINDS: ReadonlySet<DocumentKind> = new Set(["verification_photo", "handheld_certificate"]);

type ImageSpec = Extract<FileSpec, { type: "image" }>;
export type FileBytes = (spec: FileSpec, personalised: boolean) => Promise<Buffer>;

async function asScan(jpeg: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(jpeg).metadata();
  const scale = SCAN_SHORT_SIDE / Math.min(width, height);
  if (scale >= 1) return jpeg;
  return sharp(jpeg)
    .resize(Math.round(width * scale), Math.round(height * scale))
    .jpeg({ quality: SCAN_JPEG_QUALITY })
    .toBuffer();
}

async function render(spec: ImageSpec, data: ImageSpec["data"]): Promise<Buffer> {
  const options = { grey: spec.quality === "grey", small: spec.quality === "small", blurred: spec.quality === "blurred" };
  const jpeg = await renderDocument(spec.render, data, options);
  return spec.quality === "clean" ? asScan(jpeg) : jpeg;
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
  return (spec, personalised) => {
    if (spec.type === "video") return cached(`video:${spec.format}`, () => readFile(VIDEO_URLS[spec.format]));
    if (personalised) return render(spec, spec.data);
    // Photos print no name: a generic one per variant and gender looks the part.
    const variant = (spec.data.variant ?? 0) % GENERIC_VARIANTS;
    const gender = spec.data.gender;
    const generic = PHOTO_KINDS.has(spec.render) ? { variant, gender } : { variant };
    return cached(`${spec.render}:${spec.quality}:${variant}:${generic.gender ?? ""}`, () => render(spec, generic));
  };
}

const ID_BACKS: ReadonlySet<DocumentKind> = new Set(["principal_id_back", "site_principal_id_back"]);

/**
 * Whether a file of a personalised filing prints its own data: not the photos (no name on
 * them), and ID backs (authority and dates only) just where the filing's fault is in the dates.
 */
function ownData(spec: FileSpec, g: GeneratedFiling): boolean {
  if (spec.type === "video" || PHOTO_KINDS.has(spec.render)) return false;
  return !ID_BACKS.has(spec.render) || g.faults.includes("ID_EXPIRED") || g.faults.includes("ID_EXPIRING_SOON");
}

/** The files map ingestFiling takes: material file name → bytes. */
export async function renderFiles(g: GeneratedFiling, bytes: FileBytes, personalised: boolean): Promise<Map<string, Buffer>> {
  const entries = await Promise.all(g.files.map(async (spec) => [spec.name, await bytes(spec, personalised && ownData(spec, g))] as const));
  return new Map(entries);
}
