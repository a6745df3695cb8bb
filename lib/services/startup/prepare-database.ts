import "server-only";
import { migrateDatabase, type Db } from "@/db/client";
import { getDatabaseMode, hasUsersOrFilings, setDatabaseMode } from "@/db/queries/meta";
import { seedReasonCatalog } from "@/db/queries/reasons";
import type { ConsoleMode } from "@/lib/config/console-mode";

export type PrepareResult = { ok: true; created: boolean } | { ok: false; message: string };

/**
 * Brings the schema and the reason catalog up to date and holds the database to the configured
 * mode: a new database takes the mode it is first started in; a database made in the other
 * mode is refused, so demo accounts with a published password never sit beside real data.
 */
export function prepareDatabase(db: Db, mode: ConsoleMode, where: string): PrepareResult {
  migrateDatabase(db);
  seedReasonCatalog(db);
  const stored = getDatabaseMode(db) ?? (hasUsersOrFilings(db) ? "production" : null);
  if (stored === null) {
    setDatabaseMode(db, mode);
    return { ok: true, created: true };
  }
  if (stored === mode) return { ok: true, created: false };
  return { ok: false, message: mismatchMessage(stored, where) };
}

function mismatchMessage(stored: ConsoleMode, where: string): string {
  return stored === "demo"
    ? `The database at ${where} was made in demo mode: it holds the demo accounts, whose password is published, and synthetic filings. ` +
        `Production mode refuses it. Point DATABASE_PATH (and UPLOADS_DIR) at a new location for production, or unset CONSOLE_MODE to keep using the demo.`
    : `The database at ${where} was made in production mode. Demo mode would add demo accounts with a published password to it, so it is refused. ` +
        `Set CONSOLE_MODE=production to serve it, or point DATABASE_PATH (and UPLOADS_DIR) at another location for a demo.`;
}
