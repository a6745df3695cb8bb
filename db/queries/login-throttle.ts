import "server-only";
import { eq } from "drizzle-orm";
import { loginAttempts } from "@/db/schema";
import type { Db } from "@/db/client";

// Backoff rather than permanent lockout: an attacker must not be able to lock a reviewer out
// for good by guessing at their address (ASVS 6.1.1).
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES = 5;
const BASE_BLOCK_MS = 30 * 1000;
const MAX_BLOCK_MS = 15 * 60 * 1000;

export function isThrottled(db: Db, keys: string[], now = Date.now()): boolean {
  return keys.some((key) => {
    const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
    return row !== undefined && row.blockedUntil > now;
  });
}

export function recordLoginFailure(db: Db, keys: string[], now = Date.now()): void {
  db.transaction(
    (tx) => {
      for (const key of keys) {
        const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
        const fresh = !row || now - row.windowStart > FAILURE_WINDOW_MS;
        const failures = fresh ? 1 : row.failures + 1;
        const over = failures - FREE_FAILURES;
        const blockedUntil = over > 0 ? now + Math.min(MAX_BLOCK_MS, BASE_BLOCK_MS * 2 ** (over - 1)) : 0;
        tx.insert(loginAttempts)
          .values({ key, failures, windowStart: fresh ? now : row.windowStart, blockedUntil })
          .onConflictDoUpdate({ target: loginAttempts.key, set: { failures, windowStart: fresh ? now : row.windowStart, blockedUntil } })
          .run();
      }
    },
    { behavior: "immediate" },
  );
}

export function clearLoginFailures(db: Db, keys: string[]): void {
  db.transaction((tx) => {
    for (const key of keys) tx.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
  });
}
