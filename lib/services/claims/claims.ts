import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { claimOldestUnclaimed, claimOrRenew, clearClaim, extendClaim, getClaimState } from "@/db/queries/claims";
import { getNextHeldFiling } from "@/db/queries/next-filing";
import { searchOptions } from "@/db/queries/queue";
import { queueWhere } from "@/db/queries/queue-filters";
import type { Role } from "@/lib/domain/filings/statuses";
import type { QueueParams } from "@/lib/domain/queue/params";

/** A claim lapses after this much inactivity; the workspace renews it while the reviewer works. */
export const CLAIM_DURATION_MS = 30 * 60 * 1000;

interface Actor {
  id: number;
  email: string;
}

interface Options {
  db?: Db;
  now?: number;
}

const BUSY_RETRIES = 8;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * Runs a claim transaction again when another process holds the write lock past the busy
 * timeout. The transaction rolled back, so a retry is safe; the jittered pause keeps waiting
 * claimers from retrying in lockstep.
 */
function withBusyRetry<T>(run: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return run();
    } catch (error) {
      if (!isBusy(error) || attempt >= BUSY_RETRIES) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.random() * 20 * (attempt + 1));
    }
  }
}

export type ClaimOutcome = { ok: true } | { ok: false; reason: "not_pending" | "held_by_other" | "not_found" };

/**
 * Claims the oldest (by SLA) unclaimed pending filing matching the view's filters, whatever
 * the view is sorted by, with one conditional UPDATE: no filing goes to two people.
 */
export function claimNext(actor: Actor, params: QueueParams, options: Options = {}): number | null {
  const db = options.db ?? getDb();
  // No assignee filter: the view's filters only, which do not depend on the time.
  // A whole order number matches only its filing, as in the view (db/queries/queue.ts).
  const where = queueWhere(
    { ...params, status: "pending" },
    { userId: actor.id, now: 0 },
    { ...searchOptions(db, params), ignoreAssignee: true },
  );
  return withBusyRetry(() =>
    db.transaction(
      (tx) => {
        // The time the write lock was granted: the claim's 30 minutes (and its audit time) start
        // when the reviewer got the filing, not when the request began waiting for it.
        const now = options.now ?? Date.now();
        const id = claimOldestUnclaimed(tx, where, actor.id, now, now + CLAIM_DURATION_MS);
        if (id !== null)
          recordAuditEvent(tx, {
            action: "filing.claimed",
            actorId: actor.id,
            actorEmail: actor.email,
            filingId: id,
            at: now,
            detail: { via: "claim-next" },
          });
        return id;
      },
      { behavior: "immediate" },
    ),
  );
}

/** Claims one filing, or renews the actor's own claim on it. */
export function claimFiling(actor: Actor, filingId: number, options: Options = {}): ClaimOutcome {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction(
    (tx): ClaimOutcome => {
      if (claimOrRenew(tx, filingId, actor.id, now, now + CLAIM_DURATION_MS)) {
        recordAuditEvent(tx, { action: "filing.claimed", actorId: actor.id, actorEmail: actor.email, filingId, at: now });
        return { ok: true };
      }
      const state = getClaimState(tx, filingId);
      if (!state) return { ok: false, reason: "not_found" };
      if (state.status !== "pending") return { ok: false, reason: "not_pending" };
      return { ok: false, reason: (state.claimExpiresAt ?? 0) > now ? "held_by_other" : "not_pending" };
    },
    { behavior: "immediate" },
  );
}

/** Called while the reviewer is active on the page; keeps their claim from lapsing. */
export function renewClaim(actor: Actor, filingId: number, options: Options = {}): boolean {
  const now = options.now ?? Date.now();
  return extendClaim(options.db ?? getDb(), filingId, actor.id, now, now + CLAIM_DURATION_MS);
}

/** The holder releases their claim; a lead may release anyone's. */
export function releaseClaim(actor: Actor & { role: Role }, filingId: number, options: Options = {}): boolean {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction(
    (tx) => {
      const before = getClaimState(tx, filingId);
      if (!clearClaim(tx, filingId, actor.role === "lead" ? null : actor.id)) return false;
      recordAuditEvent(tx, {
        action: "filing.released",
        actorId: actor.id,
        actorEmail: actor.email,
        filingId,
        at: now,
        detail: { before: { claimedBy: before?.claimedBy ?? null } },
      });
      return true;
    },
    { behavior: "immediate" },
  );
}

/** "Submit and next": the reviewer's oldest other live claim, else the next filing of the queue. */
export function nextFilingFor(actor: Actor, params: QueueParams, options: Options = {}): number | null {
  const db = options.db ?? getDb();
  return getNextHeldFiling(db, actor.id, options.now ?? Date.now()) ?? claimNext(actor, params, { ...options, db });
}
