import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { materials } from "@/db/schema";

export function getMaterialBlobs(db: Db, id: number) {
  return db
    .select({
      sha256: materials.sha256,
      previewSha256: materials.previewSha256,
      thumbSha256: materials.thumbSha256,
      mediaType: materials.mediaType,
      bytes: materials.bytes,
    })
    .from(materials)
    .where(eq(materials.id, id))
    .get();
}
