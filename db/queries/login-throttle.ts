import "server-only";
import { and, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { loginAttempts } from "@/db/schema";

// Sign-in attempt counters, one row per throttling key. The policy (which keys, how many,
// how long) is lib/services/auth/throttle's; these only read and write the rows.

export type AttemptRow = typeof loginAttempts.$inferSelect;

export function readAttempts(tx: Tx | Db, keys: readonly string[]): AttemptRow[] {
  return keys.length === 0
    ? []
    : tx
        .select()
        .from(loginAttempts)
        .where(inArray(loginAttempts.key, [...keys]))
        .all();
}

export function writeAttempt(tx: Tx, row: AttemptRow): void {
  tx.insert(loginAttempts)
    .values(row)
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: { failures: row.failures, windowStart: row.windowStart, blockedUntil: row.blockedUntil },
    })
    .run();
}

export function deleteAttempts(db: Db | Tx, keys: readonly string[]): void {
  if (keys.length > 0)
    db.delete(loginAttempts)
      .where(inArray(loginAttempts.key, [...keys]))
      .run();
}

/** Rows whose window closed before `before` and that block nothing any more. */
export function pruneAttempts(db: Db, before: number, now: number): number {
  return db
    .delete(loginAttempts)
    .where(and(lt(loginAttempts.windowStart, before), lt(loginAttempts.blockedUntil, now)))
    .run().changes;
}
