import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { backupDatabase, closeDatabase, openDatabaseReadOnly, type Db } from "@/db/client";
import { countCoreRows, integrityCheck, listReferencedBlobs } from "@/db/queries/integrity";
import type { BlobStore } from "@/lib/storage/blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";

// An online backup: SQLite's backup API copies a consistent snapshot of the live database while
// the console keeps serving and writing; then every blob that snapshot names is copied and
// hashed. Blobs are never deleted while a row names them, so the snapshot's blobs all exist.

export const MANIFEST = "manifest.json";
export const DATABASE_FILE = "console.db";
export const BLOBS_DIR = "blobs";

export interface BackupManifest {
  format: "beian-review-desk-backup/1";
  createdAt: string;
  database: { file: string; sha256: string; bytes: number };
  blobs: { sha256: string; bytes: number }[];
  counts: ReturnType<typeof countCoreRows>;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await fs.open(file, "r");
  try {
    for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

async function assertEmptyDir(dir: string): Promise<void> {
  const entries = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  if (entries.length > 0) throw new Error(`${dir} is not empty: back up into a new directory`);
}

export async function backupConsole(db: Db, store: BlobStore, outDir: string): Promise<BackupManifest> {
  await assertEmptyDir(outDir);
  await fs.mkdir(outDir, { recursive: true, mode: 0o700 });
  const dbFile = path.join(outDir, DATABASE_FILE);
  await backupDatabase(db, dbFile);
  await fs.chmod(dbFile, 0o600);

  const copy = openDatabaseReadOnly(dbFile);
  let referenced: Set<string>;
  let counts: BackupManifest["counts"];
  try {
    const check = integrityCheck(copy);
    if (check.join() !== "ok") throw new Error(`the database copy fails integrity_check: ${check.slice(0, 5).join("; ")}`);
    referenced = listReferencedBlobs(copy);
    counts = countCoreRows(copy);
  } finally {
    closeDatabase(copy);
  }

  const target = createLocalDiskStore(path.join(outDir, BLOBS_DIR));
  const blobs: BackupManifest["blobs"] = [];
  for (const sha256 of [...referenced].sort()) {
    const bytes = await store.get(sha256);
    const copied = await target.put(bytes);
    if (copied.sha256 !== sha256) throw new Error(`blob ${sha256} in the uploads directory does not match its name (damaged on disk)`);
    blobs.push({ sha256, bytes: bytes.length });
  }

  const stat = await fs.stat(dbFile);
  const manifest: BackupManifest = {
    format: "beian-review-desk-backup/1",
    createdAt: new Date().toISOString(),
    database: { file: DATABASE_FILE, sha256: await sha256File(dbFile), bytes: stat.size },
    blobs,
    counts,
  };
  await fs.writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
  return manifest;
}
