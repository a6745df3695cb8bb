import "server-only";
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { filings } from "../schema";

export function countFilings(db: Db): number {
  return db.select({ n: count() }).from(filings).get()?.n ?? 0;
}

export function filingExists(db: Db, externalId: string): boolean {
  return db.select({ one: sql<number>`1` }).from(filings).where(eq(filings.externalId, externalId)).get() !== undefined;
}
