// npm run gc-blobs: deletes document blobs no row names that are older than an hour.
// Safe while the console runs (see lib/services/blobs/sweep-blobs.ts); npm start runs it too.
import "@/scripts/load-env";
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";
import { sweepBlobs } from "@/lib/services/blobs/sweep-blobs";
import { getBlobStore } from "@/lib/storage/get-blob-store";

const db = openDatabase();
migrateDatabase(db);
const result = await sweepBlobs(db, getBlobStore());
console.log(
  `gc-blobs on ${databasePath()}: ${result.scanned} blobs, ${result.candidates} older than an hour, ` +
    `${result.deleted} unreferenced deleted (${(result.bytesFreed / 1024 / 1024).toFixed(1)} MB freed)`,
);
db.$client.close();
