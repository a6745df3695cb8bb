import type { MaterialWrite } from "@/db/queries/record-revision";
import type { Material } from "@/lib/domain/validation/filing";
import type { PreparedFile } from "@/lib/services/ingest/prepare-files";

/** The stored row of one material: what the document says plus what its bytes measured. */
export function materialRow(
  material: Material,
  idx: number,
  file: PreparedFile,
  derived: { previewSha256: string | null; thumbSha256: string | null },
): MaterialWrite {
  const measures = file.image?.measures;
  return {
    idx,
    kind: material.kind,
    website: material.website ?? null,
    fileName: material.file,
    sha256: file.sha256,
    mediaType: file.mediaType,
    bytes: file.bytes.length,
    width: measures?.width ?? null,
    height: measures?.height ?? null,
    previewSha256: derived.previewSha256,
    thumbSha256: derived.thumbSha256,
    chroma: measures?.chroma ?? null,
    laplacianVariance: measures?.laplacianVariance ?? null,
  };
}
