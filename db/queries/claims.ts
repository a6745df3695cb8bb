import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { QueueParams } from "@/lib/queue/params";
import type { Db } from "../client";
import { filings } from "../schema";
import { recordAuditEvent } from "./audit";
import { queueWhere, unclaimed } from "./queue-filters";

export const CLAIM_DURATION_MS = 30 * 60 * 1000;

interface Actor {
  id: number;
  email: string;
}

/**
 * Claims the oldest (by SLA) unclaimed pending filing matching the view's filters with one
 * conditional UPDATE: the changed-row count decides the winner, so no filing goes to two people.
 */
export function claimNext(db: Db, actor: Actor, params: QueueParams, now = Date.now()): number | null {
  const where = queueWhere({ ...params, status: "pending" }, { userId: actor.id, now }, { ignoreAssignee: true });
  return db.transaction(
    (tx) => {
      const candidate = tx
        .select({ id: filings.id })
        .from(filings)
        .where(and(where, unclaimed(now)))
        // "Oldest by SLA" whatever the view is sorted by: a reviewer sorting by newest must not
        // be able to skip the filings closest to their deadline.
        .orderBy(asc(filings.slaDueAt), asc(filings.id))
        .limit(1);
      const claimed = tx
        .update(filings)
        .set({ claimedBy: actor.id, claimedAt: now, claimExpiresAt: now + CLAIM_DURATION_MS, version: sql`${filings.version} + 1` })
        .where(and(sql`${filings.id} = (${candidate})`, eq(filings.status, "pending"), unclaimed(now)))
        .returning({ id: filings.id })
        .get();
      if (!claimed) return null;
      recordAuditEvent(tx, { action: "filing.claimed", actorId: actor.id, actorEmail: actor.email, filingId: claimed.id, at: now, detail: { via: "claim-next" } });
      return claimed.id;
    },
    { behavior: "immediate" },
  );
}

export type ClaimOutcome = { ok: true } | { ok: false; reason: "not_pending" | "held_by_other" | "not_found" };

/** Claims one filing, or renews the actor's own claim on it. */
export function claimFiling(db: Db, actor: Actor, filingId: number, now = Date.now()): ClaimOutcome {
  return db.transaction(
    (tx) => {
      const changed = tx
        .update(filings)
        .set({ claimedBy: actor.id, claimedAt: sql`CASE WHEN ${filings.claimedBy} = ${actor.id} AND ${filings.claimExpiresAt} > ${now} THEN ${filings.claimedAt} ELSE ${now} END`, claimExpiresAt: now + CLAIM_DURATION_MS, version: sql`${filings.version} + 1` })
        .where(and(eq(filings.id, filingId), eq(filings.status, "pending"), sql`(${unclaimed(now)} OR ${filings.claimedBy} = ${actor.id})`))
        .run().changes;
      if (changed === 1) {
        recordAuditEvent(tx, { action: "filing.claimed", actorId: actor.id, actorEmail: actor.email, filingId, at: now });
        return { ok: true } as const;
      }
      return { ok: false, reason: whyNotClaimable(tx, filingId, now) } as const;
    },
    { behavior: "immediate" },
  );
}

function whyNotClaimable(tx: Pick<Db, "select">, filingId: number, now: number): "not_pending" | "held_by_other" | "not_found" {
  const row = tx.select({ status: filings.status, claimExpiresAt: filings.claimExpiresAt }).from(filings).where(eq(filings.id, filingId)).get();
  if (!row) return "not_found";
  if (row.status !== "pending") return "not_pending";
  return (row.claimExpiresAt ?? 0) > now ? "held_by_other" : "not_pending";
}

/** Extends the actor's own live claim while they work; never resurrects an expired one. */
export function renewClaim(db: Db, actor: Actor, filingId: number, now = Date.now()): boolean {
  return (
    db
      .update(filings)
      .set({ claimExpiresAt: now + CLAIM_DURATION_MS })
      .where(and(eq(filings.id, filingId), eq(filings.claimedBy, actor.id), gt(filings.claimExpiresAt, now), eq(filings.status, "pending")))
      .run().changes === 1
  );
}

/** The holder releases their claim; a lead may release anyone's. */
export function releaseClaim(db: Db, actor: Actor & { role: "reviewer" | "lead" }, filingId: number, now = Date.now()): boolean {
  return db.transaction(
    (tx) => {
      const before = tx.select({ claimedBy: filings.claimedBy }).from(filings).where(eq(filings.id, filingId)).get();
      const ownership = actor.role === "lead" ? sql`1 = 1` : eq(filings.claimedBy, actor.id);
      const changed = tx
        .update(filings)
        .set({ claimedBy: null, claimedAt: null, claimExpiresAt: null, version: sql`${filings.version} + 1` })
        .where(and(eq(filings.id, filingId), sql`${filings.claimedBy} IS NOT NULL`, ownership))
        .run().changes;
      if (changed !== 1) return false;
      recordAuditEvent(tx, { action: "filing.released", actorId: actor.id, actorEmail: actor.email, filingId, at: now, detail: { before: { claimedBy: before?.claimedBy ?? null } } });
      return true;
    },
    { behavior: "immediate" },
  );
}
