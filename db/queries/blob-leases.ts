import "server-only";
import { and, eq, gt, inArray, lte, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobLeases, materials } from "@/db/schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
const CHUNK = 400;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Blobs among `shas` that a sweeper has claimed (unexpired) for deletion. */
export function sweepClaimed(tx: Db | Tx, shas: readonly string[], now: number): string[] {
  return chunks(shas).flatMap((part) =>
    tx
      .select({ sha256: blobLeases.sha256 })
      .from(blobLeases)
      .where(and(inArray(blobLeases.sha256, part), eq(blobLeases.kind, "sweep"), gt(blobLeases.expiresAt, now)))
      .all()
      .map((r) => r.sha256),
  );
}

/** Blobs among `shas` that an ingestion in flight has leased (unexpired). */
export function ingestLeased(tx: Db | Tx, shas: readonly string[], now: number): Set<string> {
  const leased = new Set<string>();
  for (const part of chunks(shas)) {
    const rows = tx
      .select({ sha256: blobLeases.sha256 })
      .from(blobLeases)
      .where(and(inArray(blobLeases.sha256, part), eq(blobLeases.kind, "ingest"), gt(blobLeases.expiresAt, now)))
      .all();
    for (const row of rows) leased.add(row.sha256);
  }
  return leased;
}

/** Blobs among `shas` that a material names as original, preview or thumbnail. */
export function referencedBlobs(tx: Db | Tx, shas: readonly string[]): Set<string> {
  const referenced = new Set<string>();
  for (const part of chunks(shas)) {
    const rows = tx
      .select({ sha256: materials.sha256, preview: materials.previewSha256, thumb: materials.thumbSha256 })
      .from(materials)
      .where(or(inArray(materials.sha256, part), inArray(materials.previewSha256, part), inArray(materials.thumbSha256, part)))
      .all();
    for (const row of rows) for (const sha of [row.sha256, row.preview, row.thumb]) if (sha) referenced.add(sha);
  }
  return referenced;
}

export function insertLeases(tx: Db | Tx, shas: readonly string[], owner: string, kind: "ingest" | "sweep", expiresAt: number): void {
  for (const part of chunks([...new Set(shas)])) {
    tx.insert(blobLeases)
      .values(part.map((sha256) => ({ sha256, owner, kind, expiresAt })))
      .onConflictDoUpdate({ target: [blobLeases.sha256, blobLeases.owner], set: { expiresAt } })
      .run();
  }
}

export function deleteLeases(tx: Db | Tx, owner: string): void {
  tx.delete(blobLeases).where(eq(blobLeases.owner, owner)).run();
}

/** Leases past their expiry: a crashed request's or sweeper's; they protect nothing any more. */
export function deleteExpiredLeases(db: Db, now: number): number {
  return db.delete(blobLeases).where(lte(blobLeases.expiresAt, now)).run().changes;
}
