import "server-only";
import { materialRow } from "@/lib/filings/material-row";
import { chinaDate } from "@/lib/filings/china-time";
import { checkFiling, contactKeysOf, RULE_SET_VERSION } from "@/lib/rules";
import { createFilePool, type FilePool, type PooledFile } from "@/demo/generate/file-pool";
import { createGenerator, type GeneratedFiling } from "@/demo/generate/generate";
import { createFileRenderer } from "@/demo/generate/render-files";
import type { BlobStore } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { parseFiling, type Filing } from "@/lib/validation/filing";
import type { Db } from "@/db/client";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import { writeRevision, type MaterialWrite } from "@/db/queries/record-revision";

// Bulk mode: the demo seed's generator and the same rows as ingestion (writeRevision, the
// rules with the database's cross-filing index), but images come from a small pool prepared
// and stored once, and BATCH_SIZE filings commit per transaction.

export const BATCH_SIZE = 1000;
/** Above this many filings, the seed script and the demo database use bulk mode. */
export const BULK_THRESHOLD = 2000;
/** SQLite page cache for the run (KiB, as a negative cache_size): index pages stay hot. */
const BULK_CACHE_KIB = 256 * 1024;

export interface SeedBulkOptions {
  count: number;
  now?: number;
  store?: BlobStore;
  seed?: number;
  /** Index of the first filing: pass the number of filings already seeded to add more. */
  offset?: number;
  onProgress?: (done: number, count: number) => void;
}

export interface SeedBulkResult {
  count: number;
  seconds: number;
  flagged: number;
  rulesFired: string[];
  /** Distinct files prepared and stored for the whole run. */
  pooledFiles: number;
}

export async function seedBulkFilings(db: Db, options: SeedBulkOptions): Promise<SeedBulkResult> {
  const started = performance.now();
  const generator = createGenerator({ count: options.count, now: options.now ?? Date.now(), seed: options.seed, offset: options.offset });
  const { offset, count } = generator.options;
  const pool = createFilePool(options.store ?? getBlobStore(), createFileRenderer());
  const others = createCrossFilingIndex(db);
  const fired = new Set<string>();
  let flagged = 0;

  const sqlite = db.$client;
  const savedCache = sqlite.pragma("cache_size", { simple: true });
  sqlite.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  const restorePrepare = cacheStatements(sqlite);
  try {
    for (let start = 0; start < count; start += BATCH_SIZE) {
      const batch: { generated: GeneratedFiling; filing: Filing }[] = [];
      for (let i = start; i < Math.min(start + BATCH_SIZE, count); i++) {
        const generated = generator.filing(offset + i);
        const parsed = parseFiling(generated.document);
        if (!parsed.ok) throw new Error(`generated filing ${generated.document.externalId} is invalid: ${JSON.stringify(parsed.issues)}`);
        batch.push({ generated, filing: parsed.filing });
      }
      await pool.ensure(batch.flatMap((b) => b.generated.files));

      db.transaction(
        (tx) => {
          for (const { generated, filing } of batch) {
            const files = pooledFiles(filing, generated, pool);
            const violations = checkFiling({
              filing,
              asOf: chinaDate(generated.receivedAt),
              materials: files.map((f, index) => ({ index, image: f.prepared.image?.measures ?? null })),
              others,
            });
            writeRevision(tx, {
              document: filing,
              receivedAt: generated.receivedAt,
              ruleSetVersion: RULE_SET_VERSION,
              violations,
              materials: materialRows(filing, files),
              contacts: contactKeysOf(filing),
            });
            if (violations.length > 0) flagged++;
            for (const v of violations) fired.add(v.rule);
          }
        },
        { behavior: "immediate" },
      );
      options.onProgress?.(Math.min(start + BATCH_SIZE, count), count);
    }
  } finally {
    restorePrepare();
    sqlite.pragma(`cache_size = ${savedCache}`);
  }
  return {
    count,
    seconds: (performance.now() - started) / 1000,
    flagged,
    rulesFired: [...fired].sort(),
    pooledFiles: pool.size,
  };
}

/** The pool entry behind each material, in material order. */
function pooledFiles(filing: Filing, generated: GeneratedFiling, pool: FilePool): PooledFile[] {
  const specs = new Map(generated.files.map((f) => [f.name, f]));
  return filing.materials.map((m) => pool.get(pool.keyOf(specs.get(m.file)!)));
}

function materialRows(filing: Filing, files: PooledFile[]): MaterialWrite[] {
  return filing.materials.map((m, idx) => materialRow(m, idx, files[idx].prepared, files[idx]));
}

/**
 * Drizzle prepares every query afresh, which is a third of writeRevision's cost at this volume.
 * For the run, the connection hands back one statement per SQL text (a query's result mode,
 * raw or not, is fixed by its SQL, so reuse is safe); the original prepare comes back after.
 */
function cacheStatements(sqlite: Db["$client"]): () => void {
  const statements = new Map<string, ReturnType<Db["$client"]["prepare"]>>();
  const original = sqlite.prepare;
  sqlite.prepare = function prepare(this: Db["$client"], source: string) {
    let statement = statements.get(source);
    if (!statement) {
      statement = original.call(this, source);
      statements.set(source, statement);
    }
    return statement;
  } as typeof original;
  const own = Object.hasOwn(sqlite, "prepare");
  return () => {
    if (own) sqlite.prepare = original;
    else delete (sqlite as Partial<Db["$client"]>).prepare;
  };
}
