import { openUntrustedImage } from "@/lib/domain/images/sharp";

// WebP cannot exceed 16383 px a side, and a reviewer never needs more than this to read a document.
const MAX_SIDE = 8000;

/** Full resolution (up to MAX_SIDE), orientation applied, no metadata: what "original" means when served. */
export async function cleanFullSize(buf: Buffer): Promise<Buffer> {
  return openUntrustedImage(buf)
    .resize(MAX_SIDE, MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 90, effort: 2 })
    .toBuffer();
}
