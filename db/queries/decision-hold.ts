import "server-only";
import { and, count, countDistinct, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, decisionReleases, decisions, decisionUndos, documentViews, filings, materials } from "@/db/schema";

// Rows of the undo window and of "what the reviewer looked at". The rules (window length, who may
// undo, when a decision counts) are lib/services/decisions'.

export function getDecisionForUndo(tx: Tx, decisionId: number) {
  return tx
    .select({
      id: decisions.id,
      filingId: decisions.filingId,
      reviewerId: decisions.reviewerId,
      outcome: decisions.outcome,
      revision: decisions.revision,
      holdUntil: decisions.holdUntil,
      undone: sql<number>`EXISTS (SELECT 1 FROM ${decisionUndos} WHERE ${decisionUndos.decisionId} = ${decisions.id})`,
    })
    .from(decisions)
    .where(eq(decisions.id, decisionId))
    .get();
}

export function insertUndo(tx: Tx, row: typeof decisionUndos.$inferInsert): void {
  tx.insert(decisionUndos).values(row).run();
}

/** Back to pending and claimed by the reviewer who decided, if it still stands as decided. Changed rows. */
export function reopenForReviewer(
  tx: Tx,
  input: { filingId: number; outcome: "approved" | "rejected"; revision: number; reviewerId: number; now: number; expiresAt: number },
): number {
  return tx
    .update(filings)
    .set({
      status: "pending",
      claimedBy: input.reviewerId,
      claimedAt: input.now,
      claimExpiresAt: input.expiresAt,
      version: sql`${filings.version} + 1`,
      updatedAt: input.now,
    })
    .where(and(eq(filings.id, input.filingId), eq(filings.status, input.outcome), eq(filings.currentRevision, input.revision)))
    .run().changes;
}

/** Held decisions whose window has closed and that were neither undone nor recorded as released. */
export function dueReleases(tx: Tx | Db, now: number) {
  return tx
    .select({ id: decisions.id, filingId: decisions.filingId, outcome: decisions.outcome, holdUntil: decisions.holdUntil })
    .from(decisions)
    .leftJoin(decisionUndos, eq(decisionUndos.decisionId, decisions.id))
    .leftJoin(decisionReleases, eq(decisionReleases.decisionId, decisions.id))
    .where(
      and(
        gt(decisions.holdUntil, decisions.decidedAt),
        lte(decisions.holdUntil, now),
        isNull(decisionUndos.decisionId),
        isNull(decisionReleases.decisionId),
      ),
    )
    .all();
}

export function insertRelease(tx: Tx, decisionId: number, releasedAt: number): void {
  tx.insert(decisionReleases).values({ decisionId, releasedAt }).onConflictDoNothing().run();
}

/** The user's decisions still in their window (newest first), for the undo toast on every page. */
export function heldDecisionsOf(db: Db, userId: number, now: number) {
  return db
    .select({
      id: decisions.id,
      filingId: decisions.filingId,
      outcome: decisions.outcome,
      holdUntil: decisions.holdUntil,
      externalId: filings.externalId,
    })
    .from(decisions)
    .innerJoin(filings, eq(filings.id, decisions.filingId))
    .leftJoin(decisionUndos, eq(decisionUndos.decisionId, decisions.id))
    .where(and(eq(decisions.reviewerId, userId), gt(decisions.holdUntil, now), isNull(decisionUndos.decisionId)))
    .orderBy(sql`${decisions.decidedAt} DESC`)
    .all();
}

export function insertDocumentViews(db: Db, rows: (typeof documentViews.$inferInsert)[]): void {
  if (rows.length > 0) db.insert(documentViews).values(rows).run();
}

/** Material indices of a revision this user opened in the large viewer, with the seconds spent. */
export function openedMaterials(tx: Tx | Db, revisionId: number, userId: number): Map<number, number> {
  const rows = tx
    .select({ idx: documentViews.materialIdx, seconds: sql<number>`sum(${documentViews.seconds})` })
    .from(documentViews)
    .where(and(eq(documentViews.revisionId, revisionId), eq(documentViews.userId, userId)))
    .groupBy(documentViews.materialIdx)
    .all();
  return new Map(rows.map((r) => [r.idx, r.seconds]));
}

export function countMaterials(tx: Tx | Db, revisionId: number): number {
  return tx.select({ n: count() }).from(materials).where(eq(materials.revisionId, revisionId)).get()?.n ?? 0;
}

export function materialIndicesOf(tx: Tx | Db, revisionId: number): number[] {
  return tx
    .select({ idx: materials.idx })
    .from(materials)
    .where(eq(materials.revisionId, revisionId))
    .all()
    .map((r) => r.idx);
}

/** Personal values this user revealed on the filing (any revision). */
export function countReveals(tx: Tx | Db, filingId: number, userId: number): number {
  return (
    tx
      .select({ n: countDistinct(sql`json_extract(${auditEvents.detail}, '$.path')`) })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "pii.revealed"), eq(auditEvents.filingId, filingId), eq(auditEvents.actorId, userId)))
      .get()?.n ?? 0
  );
}
