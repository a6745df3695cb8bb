import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { materials } from "../schema";

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

/** Whether any stored material still names these bytes (as original, preview or thumbnail). */
export function isBlobReferenced(db: Db, sha256: string): boolean {
  return (
    db.$client
      .prepare<[string, string, string], { one: number }>(
        `SELECT 1 AS one FROM materials WHERE sha256 = ? UNION ALL SELECT 1 FROM materials WHERE preview_sha256 = ? UNION ALL SELECT 1 FROM materials WHERE thumb_sha256 = ? LIMIT 1`,
      )
      .get(sha256, sha256, sha256) !== undefined
  );
}
