// npm run backup -- --out DIR: an online, consistent copy of the database plus every document
// blob it names, with a manifest of sha256 sums. Safe while the console serves and writes.
import "@/scripts/load-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { databasePath, openDatabase } from "@/db/client";
import { backupConsole } from "@/lib/services/operations/backup";
import { getBlobStore } from "@/lib/storage/get-blob-store";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) {
  console.error("usage: npm run backup -- --out DIR   (DIR must be new or empty)");
  process.exit(2);
}
const out = path.resolve(values.out);
const started = performance.now();
const db = openDatabase();
try {
  const manifest = await backupConsole(db, getBlobStore(), out);
  const mb = (manifest.database.bytes + manifest.blobs.reduce((sum, b) => sum + b.bytes, 0)) / 1024 / 1024;
  console.log(
    `backup of ${databasePath()} written to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${manifest.counts.filings} filings, ${manifest.counts.decisions} decisions, ${manifest.blobs.length} blobs, ${mb.toFixed(1)} MB (manifest.json lists every sha256)`,
  );
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
