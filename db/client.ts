import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "@/db/schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle inside `db.transaction((tx) => …)`: queries that must run in a caller's transaction take it. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "data/console.db");
}

export function migrationsFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_DIR ?? "db/migrations");
}

/** Opens a connection with the settings every process of the console relies on. */
export function openDatabase(file: string = databasePath()): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // better-sqlite3's `timeout` is the busy timeout: writers wait for each other instead of failing.
  const sqlite = new Database(file, { timeout: 5000 });
  sqlite.pragma("journal_mode = WAL");
  // Decisions are rare and must survive a power cut: sync the WAL on every commit.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  if (sqlite.pragma("foreign_keys", { simple: true }) !== 1) throw new Error("SQLite foreign keys could not be enabled");
  // Without statistics the planner takes `status = ?` for selective and walks every pending
  // filing for a search; a bounded ANALYZE on open keeps the plans right as the data grows.
  sqlite.pragma("analysis_limit = 400");
  try {
    sqlite.pragma("optimize = 0x10002");
  } catch (error) {
    // ANALYZE needs the write lock; when other processes hold it (a busy moment, a bulk seed),
    // the statistics wait for the next open rather than failing this one.
    if (!String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY")) throw error;
  }
  return drizzle(sqlite, { schema }) as Db;
}

/** A read-only connection without side effects on the file (no WAL switch, no ANALYZE): to inspect a copy. */
export function openDatabaseReadOnly(file: string): Db {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * Holds one read transaction open on a (read-only) connection: every query until `end` sees the
 * same committed state (WAL snapshot), however many statements a streamed export takes.
 */
export function beginReadSnapshot(db: Db): { end: () => void } {
  db.$client.exec("BEGIN DEFERRED");
  // The snapshot starts at the first read, so read once now.
  db.$client.prepare("SELECT 1 FROM sqlite_master LIMIT 1").get();
  return { end: () => db.$client.inTransaction && db.$client.exec("COMMIT") };
}

export function closeDatabase(db: Db): void {
  db.$client.close();
}

/** SQLite's online backup into `file`: every page in one step, so the copy is one consistent moment. */
export async function backupDatabase(db: Db, file: string): Promise<void> {
  await db.$client.backup(file, { progress: () => 0x7fffffff });
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}

const globalForDb = globalThis as unknown as { __consoleDb?: Db };

/** The process-wide connection (one writer per process); survives dev-server reloads. */
export function getDb(): Db {
  if (!globalForDb.__consoleDb) globalForDb.__consoleDb = openDatabase();
  return globalForDb.__consoleDb;
}
