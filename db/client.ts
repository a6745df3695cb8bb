import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

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
  sqlite.pragma("optimize = 0x10002");
  return drizzle(sqlite, { schema }) as Db;
}

/** A read-only connection without side effects on the file (no WAL switch, no ANALYZE): to inspect a copy. */
export function openDatabaseReadOnly(file: string): Db {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  return drizzle(sqlite, { schema }) as Db;
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
