import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, openDatabaseReadOnly } from "@/db/client";
import { integrityCheck, listReferencedBlobs } from "@/db/queries/integrity";
import { seedReasonCatalog } from "@/db/queries/reasons";
import { createTempDb } from "@/db/testing/temp-db";
import { ingestFiling } from "@/lib/services/ingest/ingest";
import { documentPixels, jpegOf } from "@/lib/domain/images/test-fixtures";
import { buildInput } from "@/lib/domain/rules/testing/make-filing";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { backupConsole } from "@/lib/services/operations/backup";
import { restoreConsole } from "@/lib/services/operations/restore";

// An online backup while 50 filings are being ingested, restored into an empty location.

const FILINGS = 50;
const IN_FLIGHT = 4;
let temp: ReturnType<typeof createTempDb>;
let images: Buffer[];

beforeAll(async () => {
  temp = createTempDb();
  seedReasonCatalog(temp.db);
  // A distinct scan per filing, so every filing brings blobs of its own.
  images = await Promise.all(
    Array.from({ length: FILINGS }, (_, i) => jpegOf(documentPixels(700, 500, { seed: i + 1, seal: true }), 700, 500)),
  );
}, 60_000);
afterAll(() => temp.cleanup());

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("backup while ingesting, then restore", () => {
  it("restores a sound database with every filing committed before the backup and every blob it names", async () => {
    const store = createLocalDiskStore(path.join(temp.dir, "uploads"));
    const committed: string[] = [];
    let next = 0;
    const uploader = async () => {
      while (next < FILINGS) {
        const i = next++;
        const document = buildInput("unit", { externalId: `BK-${i}` }) as { materials: { file: string }[] };
        const files = new Map(document.materials.map((m) => [m.file, images[i]]));
        await ingestFiling({ db: temp.db, store }, document, files);
        committed.push(`BK-${i}`);
      }
    };
    const uploads = Promise.all(Array.from({ length: IN_FLIGHT }, uploader));
    while (committed.length < 10) await new Promise((resolve) => setTimeout(resolve, 20));

    // The backup command opens its own connection, as `npm run backup` does from its own process.
    const before = [...committed];
    const live = openDatabase(path.join(temp.dir, "test.db"));
    const out = path.join(temp.dir, "backup");
    const manifest = await backupConsole(live, store, out);
    live.$client.close();
    await uploads;
    expect(committed).toHaveLength(FILINGS);
    // Taken mid-way: it holds what was committed when it began, and not yet the rest.
    expect(manifest.counts.filings).toBeGreaterThanOrEqual(before.length);
    expect(manifest.counts.filings).toBeLessThan(FILINGS);

    const target = { databasePath: path.join(temp.dir, "restored", "console.db"), uploadsDir: path.join(temp.dir, "restored", "uploads") };
    const restored = await restoreConsole(out, target);
    expect(restored.counts).toEqual(manifest.counts);

    const db = openDatabaseReadOnly(target.databasePath);
    try {
      expect(integrityCheck(db)).toEqual(["ok"]);
      const ids = new Set(
        db.$client
          .prepare("SELECT external_id AS id FROM filings")
          .all()
          .map((r) => (r as { id: string }).id),
      );
      for (const id of before) expect(ids.has(id)).toBe(true);
      const restoredStore = createLocalDiskStore(target.uploadsDir);
      const referenced = listReferencedBlobs(db);
      expect(referenced.size).toBeGreaterThan(0);
      for (const blob of referenced) expect(sha(await restoredStore.get(blob))).toBe(blob);
    } finally {
      db.$client.close();
    }
  }, 120_000);

  it("refuses to restore over existing data, and a backup whose database was altered", async () => {
    const store = createLocalDiskStore(path.join(temp.dir, "uploads"));
    const out = path.join(temp.dir, "backup2");
    await backupConsole(temp.db, store, out);
    const occupied = { databasePath: path.join(temp.dir, "test.db"), uploadsDir: path.join(temp.dir, "elsewhere") };
    await expect(restoreConsole(out, occupied)).rejects.toThrow(/empty data location/);

    fs.appendFileSync(path.join(out, "console.db"), Buffer.from("tampered"));
    const fresh = { databasePath: path.join(temp.dir, "r2", "console.db"), uploadsDir: path.join(temp.dir, "r2", "uploads") };
    await expect(restoreConsole(out, fresh)).rejects.toThrow(/does not match its manifest/);
    expect(fs.existsSync(fresh.databasePath)).toBe(false);
  }, 60_000);

  it("refuses a backup whose blob was damaged, leaving the location empty", async () => {
    const store = createLocalDiskStore(path.join(temp.dir, "uploads"));
    const out = path.join(temp.dir, "backup3");
    const manifest = await backupConsole(temp.db, store, out);
    const victim = manifest.blobs[0].sha256;
    fs.writeFileSync(path.join(out, "blobs", victim.slice(0, 2), victim.slice(2, 4), victim), "not the scan");
    const fresh = { databasePath: path.join(temp.dir, "r3", "console.db"), uploadsDir: path.join(temp.dir, "r3", "uploads") };
    await expect(restoreConsole(out, fresh)).rejects.toThrow(/damaged/);
    expect(fs.existsSync(fresh.databasePath)).toBe(false);
    expect(fs.readdirSync(fresh.uploadsDir)).toEqual([]);
  }, 60_000);
});
