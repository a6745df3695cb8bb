import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { filings } from "@/db/schema";

export function countFilings(db: Db): number {
  return db.select({ n: count() }).from(filings).get()?.n ?? 0;
}

export function filingExists(db: Db, externalId: string): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(filings)
      .where(eq(filings.externalId, externalId))
      .get() !== undefined
  );
}

/** Pending filings, oldest deadline first, with their current revision. */
export function listPendingBySla(db: Db) {
  return db
    .select({ id: filings.id, submittedAt: filings.submittedAt, revisionId: filings.currentRevisionId })
    .from(filings)
    .where(eq(filings.status, "pending"))
    .orderBy(asc(filings.slaDueAt), asc(filings.id))
    .all();
}
