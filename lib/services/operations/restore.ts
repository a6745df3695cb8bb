import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { closeDatabase, openDatabaseReadOnly } from "@/db/client";
import { countCoreRows, foreignKeyViolations, integrityCheck, listReferencedBlobs } from "@/db/queries/integrity";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { BLOBS_DIR, MANIFEST, sha256File, type BackupManifest } from "@/lib/services/operations/backup";

export interface RestoreResult {
  counts: BackupManifest["counts"];
  blobs: number;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Restores a backup into an empty data location and says done only after checking everything:
 * the database file's hash, SQLite's integrity check, each blob's hash, and that every blob the
 * database names is there. The database appears at its path last, so a failed restore leaves
 * nothing a console could start on.
 */
export async function restoreConsole(fromDir: string, target: { databasePath: string; uploadsDir: string }): Promise<RestoreResult> {
  const manifest = JSON.parse(await fs.readFile(path.join(fromDir, MANIFEST), "utf8")) as BackupManifest;
  if (manifest.format !== "beian-review-desk-backup/1")
    throw new Error(`${fromDir} is not a backup of this console (format ${manifest.format})`);

  for (const file of [target.databasePath, `${target.databasePath}-wal`]) {
    if (await exists(file)) throw new Error(`${file} exists: restore only into an empty data location (move the old database away first)`);
  }
  const uploads = await fs.readdir(target.uploadsDir).catch(() => [] as string[]);
  if (uploads.length > 0) throw new Error(`${target.uploadsDir} is not empty: restore only into an empty data location`);

  const source = path.join(fromDir, manifest.database.file);
  if ((await sha256File(source)) !== manifest.database.sha256)
    throw new Error("the backup's database file does not match its manifest (damaged or altered)");

  await fs.mkdir(path.dirname(target.databasePath), { recursive: true });
  const staging = `${target.databasePath}.restoring`;
  await fs.copyFile(source, staging);
  try {
    const db = openDatabaseReadOnly(staging);
    let referenced: Set<string>;
    let counts: BackupManifest["counts"];
    try {
      const check = integrityCheck(db);
      if (check.join() !== "ok") throw new Error(`integrity_check failed: ${check.slice(0, 5).join("; ")}`);
      if (foreignKeyViolations(db) > 0) throw new Error("foreign_key_check found rows pointing at nothing");
      referenced = listReferencedBlobs(db);
      counts = countCoreRows(db);
    } finally {
      closeDatabase(db);
    }

    const from = createLocalDiskStore(path.join(fromDir, BLOBS_DIR));
    const to = createLocalDiskStore(target.uploadsDir);
    const listed = new Set(manifest.blobs.map((b) => b.sha256));
    for (const sha of referenced) if (!listed.has(sha)) throw new Error(`the database names blob ${sha}, which the backup lacks`);
    for (const { sha256 } of manifest.blobs) {
      const put = await to.put(await from.get(sha256));
      if (put.sha256 !== sha256) throw new Error(`blob ${sha256} in the backup is damaged (its bytes hash to ${put.sha256})`);
    }
    await fs.rename(staging, target.databasePath);
    return { counts, blobs: manifest.blobs.length };
  } catch (error) {
    // The location was empty when the restore began: leave it empty, so it can be tried again.
    await fs.rm(staging, { force: true });
    for (const entry of await fs.readdir(target.uploadsDir).catch(() => [] as string[]))
      await fs.rm(path.join(target.uploadsDir, entry), { recursive: true, force: true });
    throw error;
  }
}
