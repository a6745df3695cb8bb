import "server-only";
import type { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { getMaterialByPublicId } from "@/db/queries/materials";
import { cleanFullSize } from "@/lib/domain/images/clean-full-size";
import type { MaterialVariant } from "@/lib/domain/images/material-url";
import type { ByteRange } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { recordMaterialRead } from "./read-audit";

export type MaterialBytes =
  | { kind: "image"; contentType: string; bytes: Uint8Array<ArrayBuffer> }
  | { kind: "video"; contentType: string; size: number; open: (range?: ByteRange) => Readable }
  | null;

/**
 * The bytes behind a material as the viewer asks for them, each read recorded for the audit.
 * An uploaded original can carry EXIF and GPS: an image's "original" is a metadata-free
 * full-size re-encode, never the upload itself.
 */
export async function getMaterialBytes(
  actor: { id: number; email: string },
  publicId: string,
  variant: MaterialVariant,
): Promise<MaterialBytes> {
  const material = getMaterialByPublicId(getDb(), publicId);
  if (!material) return null;
  const store = getBlobStore();
  const isVideo = material.mediaType.startsWith("video/");
  const sha = variant === "original" ? material.sha256 : variant === "preview" ? material.previewSha256 : material.thumbSha256;
  if (!sha || (isVideo && variant !== "original")) return null;
  recordMaterialRead({ actor, filingId: material.filingId, materialId: material.id, kind: material.kind, variant });
  if (isVideo)
    return {
      kind: "video",
      contentType: material.mediaType,
      size: material.bytes,
      open: (range) => store.createReadStream(material.sha256, range),
    };
  const bytes = variant === "original" ? await cleanFullSize(await store.get(sha)) : await store.get(sha);
  return { kind: "image", contentType: "image/webp", bytes: new Uint8Array(bytes) };
}
