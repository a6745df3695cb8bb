// npm run seed -- --count N [--db PATH] [--bulk] [--uploads DIR] [--seed S]
// Synthetic filings through the ingestion code (bulk mode above BULK_THRESHOLD or with --bulk).
// Files go where the console reads them: --uploads, else UPLOADS_DIR, else data/uploads.
import "@/scripts/load-env";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { count as countRows } from "drizzle-orm";
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";
import { filings } from "@/db/schema";
import { BULK_THRESHOLD, seedBulkFilings } from "@/demo/seed/bulk-filings";
import { seedDemoFilings } from "@/demo/seed/demo-filings";
import { seedReasonCatalog } from "@/db/queries/reasons";
import { RULE_IDS } from "@/lib/domain/rules";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";

const USAGE = "usage: npm run seed -- --count N [--db PATH] [--bulk] [--uploads DIR] [--seed S]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      count: { type: "string", default: "300" },
      db: { type: "string" },
      bulk: { type: "boolean", default: false },
      uploads: { type: "string" },
      seed: { type: "string" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}

const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) fail(`--count must be a positive integer, not "${values.count}"`);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) fail(`--seed must be an integer, not "${values.seed}"`);

const dbFile = values.db ? path.resolve(values.db) : databasePath();
const uploadsDir = path.resolve(values.uploads ?? (process.env.UPLOADS_DIR || "data/uploads"));
const store = values.uploads ? createLocalDiskStore(uploadsDir) : getBlobStore();
const bulk = values.bulk || count > BULK_THRESHOLD;

const db = openDatabase(dbFile);
migrateDatabase(db);
seedReasonCatalog(db);
// Seeding again adds filings after the ones there (new external IDs) instead of colliding.
const offset = db.select({ n: countRows() }).from(filings).get()?.n ?? 0;

console.log(`Seeding ${count} filings into ${dbFile} (${bulk ? "bulk mode" : "ingestFiling"}; files in ${uploadsDir})…`);
const started = performance.now();
let lastReport = started;
const onProgress = (done: number, total: number) => {
  if (performance.now() - lastReport < 5000 && done < total) return;
  lastReport = performance.now();
  console.log(`  ${done} / ${total}  (${((lastReport - started) / 1000).toFixed(1)} s)`);
};
const result = bulk
  ? await seedBulkFilings(db, { count, store, seed, offset, onProgress })
  : await seedDemoFilings(db, { count, store, seed, offset, onProgress });
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();
const seconds = (performance.now() - started) / 1000;

const missing = RULE_IDS.filter((rule) => !result.rulesFired.includes(rule));
const size = fs.statSync(dbFile).size;
console.log(`Seeded ${result.count} filings in ${seconds.toFixed(1)} s (${(result.count / seconds).toFixed(0)} filings/s)`);
console.log(`  flagged:     ${result.flagged} (${((100 * result.flagged) / result.count).toFixed(1)} %)`);
console.log(
  `  rules fired: ${result.rulesFired.length} of ${RULE_IDS.length}${missing.length ? ` (not fired: ${missing.join(", ")})` : ""}`,
);
console.log(`  database:    ${dbFile} (${(size / 1024 / 1024).toFixed(1)} MB)`);
