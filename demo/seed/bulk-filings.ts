import "server-only";
import type { Db } from "@/db/client";
import { createFilePool, type FilePool, type PooledFile } from "@/demo/generate/file-pool";
import { createGenerator, type GeneratedFiling } from "@/demo/generate/generate";
import { createFileRenderer } from "@/demo/generate/render-files";
import { parseFiling, type Filing } from "@/lib/domain/validation/filing";
import { leaseForIngest, newLeaseOwner, releaseLeases } from "@/lib/services/blobs/blob-leases";
import { commitRevisionBatch } from "@/lib/services/ingest/commit-revision";
import { materialRow } from "@/lib/services/ingest/material-row";
import type { BlobStore } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";

// Bulk mode: the demo seed's generator through the ingestion's own commit step (commitRevision:
// revision rule, rules with the database's cross-filing index, rows, audit), but images come
// from a small pool prepared and stored once, and BATCH_SIZE filings commit per transaction.

export const BATCH_SIZE = 1000;
/** Above this many filings, the seed script and the demo database use bulk mode. */
export const BULK_THRESHOLD = 2000;

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
  // The pool's blobs are leased for the whole run, so no sweep can take them before a batch names them.
  const lease = newLeaseOwner("bulk-seed");
  const pool = createFilePool(options.store ?? getBlobStore(), createFileRenderer(), (shas) => leaseForIngest(db, shas, lease));
  const fired = new Set<string>();
  let flagged = 0;

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

      // The ingestion's own commit step, BATCH_SIZE filings per transaction.
      const committed = commitRevisionBatch(
        db,
        batch.map(({ generated, filing }) => {
          const files = pooledFiles(filing, generated, pool);
          return {
            filing,
            receivedAt: generated.receivedAt,
            materials: filing.materials.map((m, idx) => materialRow(m, idx, files[idx].prepared, files[idx])),
            measures: files.map((f) => f.prepared.image?.measures ?? null),
          };
        }),
      );
      for (const { violations } of committed) {
        if (violations.length > 0) flagged++;
        for (const v of violations) fired.add(v.rule);
      }
      options.onProgress?.(Math.min(start + BATCH_SIZE, count), count);
    }
  } finally {
    releaseLeases(db, lease);
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
