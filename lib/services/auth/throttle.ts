import "server-only";
import type { Db } from "@/db/client";
import { deleteAttempts, pruneAttempts, readAttempts, writeAttempt, type AttemptRow } from "@/db/queries/login-throttle";

// Sign-in throttling (ASVS 6.1.1, 6.3.x). Every attempt is counted before its password is
// checked, in one immediate transaction, so parallel guesses cannot outrun the count. Three keys:
//   pair    (account + client): the real user's own mistakes; 5 free, then backoff to 15 min.
//   client  (any account): one address spraying many accounts; 20 free, then backoff to 15 min.
//   account (any client): a distributed guess at one account; 10 free, then blocks of at most
//           ONE MINUTE — someone else's failures must never lock a reviewer out for longer.

const WINDOW_MS = 15 * 60 * 1000;
const RETENTION_MS = 24 * 60 * 60 * 1000;

interface Policy {
  free: number;
  firstBlockMs: number;
  maxBlockMs: number;
}

const POLICIES: Record<"pair" | "client" | "account", Policy> = {
  pair: { free: 5, firstBlockMs: 30_000, maxBlockMs: 15 * 60_000 },
  client: { free: 20, firstBlockMs: 60_000, maxBlockMs: 15 * 60_000 },
  account: { free: 10, firstBlockMs: 15_000, maxBlockMs: 60_000 },
};

export interface ThrottleKeys {
  pair: string;
  client: string;
  account: string;
}

export function throttleKeys(email: string, client: string): ThrottleKeys {
  return { pair: `pair:${email}|${client}`, client: `client:${client}`, account: `account:${email}` };
}

function counted(row: AttemptRow | undefined, key: string, policy: Policy, now: number): AttemptRow {
  const fresh = !row || now - row.windowStart > WINDOW_MS;
  const failures = fresh ? 1 : row.failures + 1;
  const over = failures - policy.free;
  const blockedUntil = over > 0 ? now + Math.min(policy.maxBlockMs, policy.firstBlockMs * 2 ** (over - 1)) : 0;
  return { key, failures, windowStart: fresh ? now : row.windowStart, blockedUntil };
}

/**
 * Counts this attempt against every key, unless one of them is blocking now: then the attempt is
 * refused without counting and without checking the password.
 */
export function admitAttempt(db: Db, keys: ThrottleKeys, now = Date.now()): boolean {
  return db.transaction(
    (tx) => {
      const rows = new Map(readAttempts(tx, Object.values(keys)).map((r) => [r.key, r]));
      if ([...rows.values()].some((r) => r.blockedUntil > now)) return false;
      for (const kind of ["pair", "client", "account"] as const)
        writeAttempt(tx, counted(rows.get(keys[kind]), keys[kind], POLICIES[kind], now));
      return true;
    },
    { behavior: "immediate" },
  );
}

/** A success forgets the user's own and the account's failures; the client's stay (it may be spraying). */
export function forgetFailures(db: Db, keys: ThrottleKeys): void {
  deleteAttempts(db, [keys.pair, keys.account]);
}

export function pruneThrottle(db: Db, now = Date.now()): number {
  return pruneAttempts(db, now - RETENTION_MS, now);
}
