import { openUntrustedImage } from "./sharp";

/** Full resolution, orientation applied, no metadata: what "original" means when served. */
export async function cleanFullSize(buf: Buffer): Promise<Buffer> {
  return openUntrustedImage(buf).webp({ quality: 90 }).toBuffer();
}
