import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { savedViews } from "@/db/schema";

export function getSavedViews(db: Db, userId: number) {
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
    .from(savedViews)
    .where(eq(savedViews.userId, userId))
    .orderBy(asc(savedViews.name))
    .all();
}

/** Saving under an existing name replaces that view's filters. */
export function saveView(db: Db, input: { userId: number; name: string; query: string }): void {
  db.insert(savedViews)
    .values({ ...input, createdAt: Date.now() })
    .onConflictDoUpdate({ target: [savedViews.userId, savedViews.name], set: { query: input.query } })
    .run();
}

export function deleteSavedView(db: Db, input: { userId: number; id: number }): void {
  db.delete(savedViews)
    .where(and(eq(savedViews.id, input.id), eq(savedViews.userId, input.userId)))
    .run();
}
