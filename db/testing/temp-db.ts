import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase, type Db } from "@/db/client";

/** A migrated database in a fresh temporary directory, for tests. */
export function createTempDb(): { db: Db; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-db-"));
  const db = openDatabase(path.join(dir, "test.db"));
  migrateDatabase(db);
  return {
    db,
    dir,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
