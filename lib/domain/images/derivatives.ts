import { openRawPixels, openUntrustedImage } from "@/lib/domain/images/sharp";

export const PREVIEW_MAX_SIDE = 1600;
export const THUMB_MAX_SIDE = 320;

export type Derivatives = {
  /** WebP, longest side ≤ PREVIEW_MAX_SIDE. */
  preview: Buffer;
  /** WebP, longest side ≤ THUMB_MAX_SIDE. */
  thumb: Buffer;
  /** Oriented original, px. */
  width: number;
  height: number;
};

/**
 * The re-encoded copies reviewers are served (ASVS 5.0 5.2.2 image rewriting): orientation baked
 * in, every piece of metadata (EXIF, GPS, XMP, ICC) dropped, since sharp writes none unless told
 * to. One decode; both outputs are encoded from the same oriented pixels.
 */
export async function makeDerivatives(buf: Buffer): Promise<Derivatives> {
  const image = openUntrustedImage(buf);
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  const { data, info } = await image
    .resize(PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { data, width: info.width, height: info.height, channels: info.channels };
  const [preview, thumb] = await Promise.all([
    openRawPixels(raw).webp({ quality: 82, effort: 2 }).toBuffer(),
    openRawPixels(raw)
      .resize(THUMB_MAX_SIDE, THUMB_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 75, effort: 2 })
      .toBuffer(),
  ]);
  return { preview, thumb, width, height };
}
