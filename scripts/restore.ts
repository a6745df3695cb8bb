// npm run restore -- DIR: restores a backup into the (empty) DATABASE_PATH and UPLOADS_DIR,
// verifying the database's integrity and every blob's hash before it says done.
import "@/scripts/load-env";
import path from "node:path";
import { databasePath } from "@/db/client";
import { restoreConsole } from "@/lib/services/operations/restore";
import { DEFAULT_UPLOADS_DIR } from "@/lib/storage/get-blob-store";

const from = process.argv[2];
if (!from) {
  console.error("usage: npm run restore -- DIR   (into an empty DATABASE_PATH and UPLOADS_DIR)");
  process.exit(2);
}
const target = { databasePath: databasePath(), uploadsDir: path.resolve(process.env.UPLOADS_DIR || DEFAULT_UPLOADS_DIR) };
try {
  const result = await restoreConsole(path.resolve(from), target);
  console.log(
    `restored into ${target.databasePath} and ${target.uploadsDir}: integrity_check ok, ${result.blobs} blobs verified by sha256; ` +
      `${result.counts.filings} filings, ${result.counts.decisions} decisions, ${result.counts.auditEvents} audit events. Done.`,
  );
} catch (error) {
  console.error(`restore failed, nothing was left in place: ${(error as Error).message}`);
  process.exit(1);
}
