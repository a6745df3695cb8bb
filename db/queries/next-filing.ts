import "server-only";
import type { Db } from "../client";

/** The reviewer's oldest other live claim, for "submit and next". */
export function getNextHeldFiling(db: Db, userId: number, now = Date.now()): number | null {
  const row = db.$client
    .prepare<[number, number], { id: number }>(
      `SELECT id FROM filings WHERE claimed_by = ? AND status = 'pending' AND claim_expires_at > ? ORDER BY sla_due_at, id LIMIT 1`,
    )
    .get(userId, now);
  return row?.id ?? null;
}
