import sharp, { type Sharp, type SharpOptions } from "sharp";
import { MAX_IMAGE_PIXELS } from "@/lib/domain/images/limits";

// The one configured sharp for untrusted uploads (security-anchors.md §3). Importing this module
// changes libvips state for the WHOLE process: the loader block list is native and global, and
// so are concurrency and the cache.

/** The only decoders left enabled: in-memory JPEG, PNG and WebP. SVG (librsvg), GIF, TIFF, PDF,
 * HEIF/AVIF, JP2K, VIPS, Magick and every file/stream loader are refused as "unsupported". */
export const UNTRUSTED_LOADERS = ["VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer", "VipsForeignLoadWebpBuffer"] as const;

sharp.block({ operation: ["VipsForeignLoad"] });
sharp.unblock({ operation: [...UNTRUSTED_LOADERS] });
// One libvips thread per pipeline; parallelism comes from the libuv pool, not from one image.
sharp.concurrency(1);
// Decoded PII should not linger in the operation cache.
sharp.cache({ memory: 16, files: 0, items: 16 });

export const UNTRUSTED_INPUT_OPTIONS = {
  limitInputPixels: MAX_IMAGE_PIXELS,
  // 'error', not 'warning': Samsung cameras write JPEGs whose "Invalid SOS parameters" warning
  // would refuse genuine phone photos (lovell/sharp#1578, #3488). Truncated files still fail.
  failOn: "error",
  autoOrient: true,
  sequentialRead: true,
  pages: 1,
  animated: false,
} as const satisfies SharpOptions;

/** A pipeline over untrusted bytes: allowed loaders only, pixel cap, EXIF orientation applied. */
export function openUntrustedImage(buf: Buffer): Sharp {
  return sharp(buf, UNTRUSTED_INPUT_OPTIONS);
}

export type RawPixels = { data: Buffer; width: number; height: number; channels: 1 | 2 | 3 | 4 };

/** A pipeline over pixels this process already decoded (raw input uses no loader). */
export function openRawPixels(raw: RawPixels): Sharp {
  return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } });
}
