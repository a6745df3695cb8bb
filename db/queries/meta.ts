import "server-only";
import { count, eq, inArray, sql } from "drizzle-orm";
import type { ConsoleMode } from "@/lib/config/console-mode";
import { appMeta, filings, users } from "@/db/schema";
import type { Db } from "@/db/client";

// Small facts about the database itself: the mode it was made in, the demo seed's progress.

const MODE_KEY = "mode";
/** Written by versions before CONSOLE_MODE existed: "1" marks a demo database. */
const LEGACY_DEMO_KEY = "demo";

function readMeta(db: Pick<Db, "select">, key: string): string | undefined {
  return db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get()?.value;
}

function writeMeta(db: Pick<Db, "insert">, key: string, value: string): void {
  db.insert(appMeta).values({ key, value }).onConflictDoUpdate({ target: appMeta.key, set: { value } }).run();
}

/** The mode the database was made in, or null for a database no console has started on yet. */
export function getDatabaseMode(db: Pick<Db, "select">): ConsoleMode | null {
  const rows = db
    .select()
    .from(appMeta)
    .where(inArray(appMeta.key, [MODE_KEY, LEGACY_DEMO_KEY]))
    .all();
  const mode = rows.find((r) => r.key === MODE_KEY)?.value;
  if (mode === "demo" || mode === "production") return mode;
  return rows.some((r) => r.key === LEGACY_DEMO_KEY && r.value === "1") ? "demo" : null;
}

export function setDatabaseMode(db: Pick<Db, "insert">, mode: ConsoleMode): void {
  writeMeta(db, MODE_KEY, mode);
}

export function isDemoDatabase(db: Pick<Db, "select">): boolean {
  return getDatabaseMode(db) === "demo";
}

/** Whether anything was ever stored: users or filings (a database made before modes existed). */
export function hasUsersOrFilings(db: Db): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(users)
      .limit(1)
      .get() !== undefined ||
    db
      .select({ one: sql<number>`1` })
      .from(filings)
      .limit(1)
      .get() !== undefined
  );
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function readMetaJson<T>(db: Pick<Db, "select">, key: string): T | null {
  const value = readMeta(db, key);
  return value === undefined ? null : (JSON.parse(value) as T);
}

export function writeMetaJson(db: Pick<Db, "insert">, key: string, value: unknown): void {
  writeMeta(db, key, JSON.stringify(value));
}

/** The demo data's progress, written by the demo seed and shown by the console. */
export interface DemoSeedState {
  /** Filings the demo is to have. */
  total: number;
  /** The generator's clock: the same filings (and external IDs) however often it resumes. */
  now: number;
  /** Filings stored so far. */
  done: number;
  state: "filings" | "decisions" | "done";
}

const DEMO_SEED_KEY = "demo_seed";

export function getDemoSeedState(db: Pick<Db, "select">): DemoSeedState | null {
  return readMetaJson<DemoSeedState>(db, DEMO_SEED_KEY);
}

export function setDemoSeedState(db: Pick<Db, "insert">, state: DemoSeedState): void {
  writeMetaJson(db, DEMO_SEED_KEY, state);
}
