import "server-only";
import type { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { getMaterialBlobs } from "@/db/queries/materials";
import { cleanFullSize } from "@/lib/domain/images/clean-full-size";
import type { ByteRange } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";

export type MaterialVariant = "original" | "preview" | "thumb";

export type MaterialBytes =
  | { kind: "image"; contentType: string; bytes: Uint8Array<ArrayBuffer> }
  | { kind: "video"; contentType: string; size: number; open: (range?: ByteRange) => Readable }
  | null;

/**
 * The bytes behind a material as the viewer asks for them. An uploaded original can carry EXIF
 * and GPS: an image's "original" is a metadata-free full-size re-encode, never the upload.
 */
export async function getMaterialBytes(materialId: number, variant: MaterialVariant): Promise<MaterialBytes> {
  const material = getMaterialBlobs(getDb(), materialId);
  if (!material) return null;
  const store = getBlobStore();
  if (material.mediaType.startsWith("video/")) {
    if (variant !== "original") return null;
    return {
      kind: "video",
      contentType: material.mediaType,
      size: material.bytes,
      open: (range) => store.createReadStream(material.sha256, range),
    };
  }
  if (variant === "original")
    return { kind: "image", contentType: "image/webp", bytes: new Uint8Array(await cleanFullSize(await store.get(material.sha256))) };
  const sha = variant === "preview" ? material.previewSha256 : material.thumbSha256;
  if (!sha) return null;
  return { kind: "image", contentType: "image/webp", bytes: new Uint8Array(await store.get(sha)) };
}
