import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { filings } from "@/db/schema";

/** The reviewer's oldest other live claim, for "submit and next". */
export function getNextHeldFiling(db: Db, userId: number, now = Date.now()): number | null {
  const row = db
    .select({ id: filings.id })
    .from(filings)
    .where(and(eq(filings.claimedBy, userId), eq(filings.status, "pending"), gt(filings.claimExpiresAt, now)))
    .orderBy(asc(filings.slaDueAt), asc(filings.id))
    .limit(1)
    .get();
  return row?.id ?? null;
}
