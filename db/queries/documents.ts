import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { documentJobs, documentReadings, filingRevisions, filings, materials } from "@/db/schema";

// The document reader's rows: readings cached by (sha256, kind), the durable job queue, and the
// filing's 证照比对 state. The rules about attempts and completion are lib/services/documents'.

export type DocumentJob = typeof documentJobs.$inferSelect;

export function getCachedReadings(tx: Tx | Db, keys: readonly { sha256: string; kind: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  if (keys.length === 0) return out;
  const rows = tx
    .select({ sha256: documentReadings.sha256, kind: documentReadings.kind, reading: documentReadings.reading })
    .from(documentReadings)
    .where(inArray(documentReadings.sha256, [...new Set(keys.map((k) => k.sha256))]))
    .all();
  for (const row of rows) out.set(`${row.sha256}|${row.kind}`, row.reading);
  return out;
}

export function saveReading(tx: Tx, row: typeof documentReadings.$inferInsert): void {
  tx.insert(documentReadings).values(row).onConflictDoNothing().run();
}

export function insertJobs(tx: Tx, jobs: { revisionId: number; materialIdx: number; sha256: string; kind: string }[], now: number): void {
  if (jobs.length === 0) return;
  tx.insert(documentJobs)
    .values(jobs.map((j) => ({ ...j, status: "queued" as const, attempts: 0, queuedAt: now })))
    .onConflictDoNothing()
    .run();
}

/** The document of the oldest queued job, without taking it. */
export function peekNextJob(db: Db): { sha256: string; kind: string } | undefined {
  return db
    .select({ sha256: documentJobs.sha256, kind: documentJobs.kind })
    .from(documentJobs)
    .where(eq(documentJobs.status, "queued"))
    .orderBy(asc(documentJobs.id))
    .limit(1)
    .get();
}

/** Takes the oldest queued job for one reader: a conditional UPDATE, so no job is read twice at once. */
export function claimNextJob(tx: Tx, now: number): DocumentJob | undefined {
  const next = tx
    .select({ id: documentJobs.id })
    .from(documentJobs)
    .where(eq(documentJobs.status, "queued"))
    .orderBy(asc(documentJobs.id))
    .limit(1);
  return tx
    .update(documentJobs)
    .set({ status: "running", attempts: sql`${documentJobs.attempts} + 1`, startedAt: now })
    .where(and(sql`${documentJobs.id} = (${next})`, eq(documentJobs.status, "queued")))
    .returning()
    .get();
}

export function finishJob(tx: Tx, id: number, status: "queued" | "done" | "failed", now: number, error: string | null = null): void {
  tx.update(documentJobs)
    .set({ status, lastError: error, finishedAt: status === "queued" ? null : now })
    .where(eq(documentJobs.id, id))
    .run();
}

/** After a restart: jobs that were running when the worker stopped are queued again. */
export function requeueRunningJobs(db: Db): number {
  return db.update(documentJobs).set({ status: "queued" }).where(eq(documentJobs.status, "running")).run().changes;
}

export function jobsOfRevision(tx: Tx | Db, revisionId: number) {
  return tx
    .select({
      materialIdx: documentJobs.materialIdx,
      status: documentJobs.status,
      attempts: documentJobs.attempts,
      lastError: documentJobs.lastError,
    })
    .from(documentJobs)
    .where(eq(documentJobs.revisionId, revisionId))
    .all();
}

/** The revision to complete: its document, received time, filing and whether it is still current. */
export function getRevisionForCheck(tx: Tx, revisionId: number) {
  return tx
    .select({
      revisionId: filingRevisions.id,
      filingId: filingRevisions.filingId,
      document: filingRevisions.document,
      receivedAt: filingRevisions.receivedAt,
      currentRevisionId: filings.currentRevisionId,
    })
    .from(filingRevisions)
    .innerJoin(filings, eq(filings.id, filingRevisions.filingId))
    .where(eq(filingRevisions.id, revisionId))
    .get();
}

/** The stored measures and blobs of a revision's materials, in material order. */
export function getRevisionMaterials(tx: Tx | Db, revisionId: number) {
  return tx
    .select({
      idx: materials.idx,
      kind: materials.kind,
      sha256: materials.sha256,
      width: materials.width,
      height: materials.height,
      chroma: materials.chroma,
      laplacianVariance: materials.laplacianVariance,
    })
    .from(materials)
    .where(eq(materials.revisionId, revisionId))
    .orderBy(asc(materials.idx))
    .all();
}

export function setDocumentCheck(tx: Tx, filingId: number, state: "pending" | "done" | "failed"): void {
  tx.update(filings).set({ documentCheck: state }).where(eq(filings.id, filingId)).run();
}

export function countJobsByStatus(db: Db): Record<"queued" | "running" | "done" | "failed", number> {
  const out = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of db
    .select({ status: documentJobs.status, n: sql<number>`count(*)` })
    .from(documentJobs)
    .groupBy(documentJobs.status)
    .all())
    out[row.status] = row.n;
  return out;
}

/** The readings of a revision's materials (by material index), for the workspace. */
export function readingsOfRevision(db: Db, revisionId: number): Map<number, { kind: string; reading: string }> {
  const rows = db
    .select({ idx: materials.idx, kind: documentReadings.kind, reading: documentReadings.reading })
    .from(materials)
    .innerJoin(documentReadings, and(eq(documentReadings.sha256, materials.sha256), eq(documentReadings.kind, materials.kind)))
    .where(eq(materials.revisionId, revisionId))
    .all();
  return new Map(rows.map((r) => [r.idx, { kind: r.kind, reading: r.reading }]));
}
