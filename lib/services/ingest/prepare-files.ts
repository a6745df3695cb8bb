import { createHash } from "node:crypto";
import { makeDerivatives } from "@/lib/domain/images/derivatives";
import { exceedsPixelLimit, MAX_IMAGE_PIXELS } from "@/lib/domain/images/limits";
import { measureImage, type ImageMeasures } from "@/lib/domain/images/quality";
import { readImageHeaderSize, sniffFile, type SniffedFile } from "@/lib/domain/images/sniff";
import type { Filing } from "@/lib/domain/validation/filing";
import { ServiceError } from "@/lib/services/errors";
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from "@/lib/services/ingest/limits";

const VIDEO_KINDS = new Set(["js_commitment_video"]);

export const MEDIA_TYPES: Record<SniffedFile["format"], string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  mp4: "video/mp4",
  webm: "video/webm",
};

/** A file checked, measured and rendered, ready to be stored. Nothing is on disk yet. */
export interface PreparedFile {
  sha256: string;
  bytes: Buffer;
  mediaType: string;
  image: { measures: ImageMeasures; preview: Buffer; thumb: Buffer } | null;
}

export function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The cheap checks: every file named and sent, typed by its bytes, within the limits. */
export function checkFiles(filing: Filing, files: ReadonlyMap<string, Buffer>): Map<string, SniffedFile> {
  const named = new Set(filing.materials.map((m) => m.file));
  const unnamed = [...files.keys()].filter((name) => !named.has(name));
  if (unnamed.length > 0) {
    throw new ServiceError(
      "invalid",
      `file part(s) named by no material: ${unnamed.join(", ")}`,
      unnamed.map((name) => ({ path: "materials", message: `no material names the file part "${name}"` })),
    );
  }
  const sniffed = new Map<string, SniffedFile>();
  const issues = [];
  let tooLarge: string | null = null;
  for (const [i, material] of filing.materials.entries()) {
    const path = `materials[${i}].file`;
    const bytes = files.get(material.file);
    if (!bytes) {
      issues.push({ path, message: `the file "${material.file}" was not sent` });
      continue;
    }
    const type = sniffed.get(material.file) ?? sniffFile(bytes);
    if (!type) {
      issues.push({ path, message: `"${material.file}" is not a JPEG, PNG or WebP image nor an MP4 or WebM video` });
      continue;
    }
    const wantsVideo = VIDEO_KINDS.has(material.kind);
    if (wantsVideo !== (type.kind === "video")) {
      issues.push({
        path,
        message: `"${material.file}" is ${type.kind === "video" ? "a video" : "an image"}, but ${material.kind} needs ${wantsVideo ? "a video (MP4 or WebM)" : "an image (JPEG, PNG or WebP)"}`,
      });
      continue;
    }
    const limit = type.kind === "video" ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
    if (bytes.length > limit) {
      tooLarge = `"${material.file}" (${path}) is ${bytes.length} bytes; the limit for ${type.kind === "video" ? "a video" : "an image"} is ${limit}`;
      continue;
    }
    if (type.kind === "image") {
      const size = readImageHeaderSize(bytes, type.format);
      if (!size) {
        issues.push({ path, message: `"${material.file}" has an unreadable ${type.format} header` });
        continue;
      }
      if (exceedsPixelLimit(size)) {
        issues.push({
          path,
          message: `"${material.file}" claims ${size.width}×${size.height} px, over the ${MAX_IMAGE_PIXELS / 1e6} megapixel limit`,
        });
        continue;
      }
    }
    sniffed.set(material.file, type);
  }
  if (tooLarge) throw new ServiceError("too_large", tooLarge);
  if (issues.length > 0) throw new ServiceError("invalid", "invalid files", issues);
  return sniffed;
}

/** Decodes every distinct image once: quality measures plus the derivatives reviewers see. */
export async function prepareFiles(filing: Filing, files: ReadonlyMap<string, Buffer>): Promise<Map<string, PreparedFile>> {
  const sniffed = checkFiles(filing, files);
  const prepared = new Map<string, PreparedFile>();
  for (const [name, type] of sniffed) {
    const bytes = files.get(name)!;
    prepared.set(name, await prepareFile(bytes, type, name, filing));
  }
  return prepared;
}

export async function prepareFile(bytes: Buffer, type: SniffedFile, name: string, filing?: Filing): Promise<PreparedFile> {
  const base = { sha256: sha256Of(bytes), bytes, mediaType: MEDIA_TYPES[type.format] };
  if (type.kind === "video") return { ...base, image: null };
  try {
    const [measures, derivatives] = await Promise.all([measureImage(bytes), makeDerivatives(bytes)]);
    return { ...base, image: { measures, preview: derivatives.preview, thumb: derivatives.thumb } };
  } catch {
    const index = filing?.materials.findIndex((m) => m.file === name) ?? -1;
    throw new ServiceError("invalid", "invalid files", [
      { path: index >= 0 ? `materials[${index}].file` : "materials", message: `"${name}" could not be decoded as an image` },
    ]);
  }
}
