import path from "node:path";
import Database from "better-sqlite3";

// The console's own database under test (scripts/test.mjs makes a fresh one per run), opened
// read-only: specs check what the UI cannot show, such as the audit trail.
const dataDir = process.env.E2E_DATA_DIR ?? path.resolve("data/e2e");

export function readDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, "console.db"), { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    return run(db);
  } finally {
    db.close();
  }
}

export function auditCount(action: string, where = "1 = 1", ...params: unknown[]): number {
  return readDb(
    (db) => (db.prepare(`SELECT count(*) AS n FROM audit_events WHERE action = ? AND ${where}`).get(action, ...params) as { n: number }).n,
  );
}
