import "server-only";
import { eq, sql } from "drizzle-orm";
import { users, type User } from "@/db/schema";
import type { Db, Tx } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function getUserByEmail(db: Db, email: string): User | undefined {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

export function getUserById(db: Db, id: number): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function createUser(db: Db, input: { email: string; name: string; role: User["role"]; passwordHash: string }): User {
  return db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({ ...input, email: normalizeEmail(input.email), active: true, createdAt: Date.now() })
      .returning()
      .get();
    recordAuditEvent(tx, { action: "user.created", actorEmail: "cli", detail: { email: user.email, role: user.role } });
    return user;
  });
}

export function setUserActive(db: Db, email: string, active: boolean): boolean {
  return db.transaction((tx) => {
    const changed =
      tx
        .update(users)
        .set({ active, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.email, normalizeEmail(email)))
        .run().changes === 1;
    if (changed) recordAuditEvent(tx, { action: "user.deactivated", actorEmail: "cli", detail: { email, active } });
    return changed;
  });
}

export function setUserPassword(db: Db, email: string, passwordHash: string): boolean {
  return db.transaction((tx) => {
    const changed =
      tx
        .update(users)
        .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.email, normalizeEmail(email)))
        .run().changes === 1;
    if (changed) recordAuditEvent(tx, { action: "user.password_set", actorEmail: "cli", detail: { email } });
    return changed;
  });
}

export function listUsers(db: Db): Pick<User, "id" | "email" | "name" | "role" | "active">[] {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .orderBy(users.email)
    .all();
}

/** Every session issued before this stops working (see users.session_version). */
export function bumpSessionVersion(db: Db | Tx, userId: number): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}
