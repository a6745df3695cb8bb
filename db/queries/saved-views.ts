import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { savedViews, users } from "@/db/schema";

export function getSavedViews(db: Db, userId: number) {
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query, shared: savedViews.shared })
    .from(savedViews)
    .where(eq(savedViews.userId, userId))
    .orderBy(asc(savedViews.name))
    .all();
}

/** Views leads shared with the team, other than the reader's own, with who shared them. */
export function getSharedViews(db: Db, exceptUserId: number) {
  return db
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(and(eq(savedViews.shared, true), ne(savedViews.userId, exceptUserId), eq(users.role, "lead")))
    .orderBy(asc(savedViews.name))
    .all();
}

export function setViewShared(db: Db, input: { userId: number; id: number; shared: boolean }): boolean {
  return (
    db
      .update(savedViews)
      .set({ shared: input.shared })
      .where(and(eq(savedViews.id, input.id), eq(savedViews.userId, input.userId)))
      .run().changes === 1
  );
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
