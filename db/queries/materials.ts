import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { filingRevisions, materials } from "@/db/schema";

/** A material by its public (random) id, with what the viewer and the read audit need. */
export function getMaterialByPublicId(db: Db, publicId: string) {
  return db
    .select({
      id: materials.id,
      filingId: filingRevisions.filingId,
      kind: materials.kind,
      sha256: materials.sha256,
      previewSha256: materials.previewSha256,
      thumbSha256: materials.thumbSha256,
      mediaType: materials.mediaType,
      bytes: materials.bytes,
    })
    .from(materials)
    .innerJoin(filingRevisions, eq(filingRevisions.id, materials.revisionId))
    .where(eq(materials.publicId, publicId))
    .get();
}
