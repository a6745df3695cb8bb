import "server-only";
import { ingestFiling } from "@/lib/services/ingest/ingest";
import { createGenerator, type GeneratedFiling } from "@/demo/generate/generate";
import { createFileRenderer, renderFiles } from "@/demo/generate/render-files";
import type { BlobStore } from "@/lib/storage/blob-store";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import type { Db } from "@/db/client";

// Synthetic filings through ingestFiling, the API's own path: schema, file checks, image
// measures and derivatives, rules (cross-filing ones against this database), one transaction.

/**
 * Filings ingested at once: decoding and re-encoding images overlaps on the libuv pool. Fewer
 * than PAIR_MIN_GAP, so a filing built to collide with an earlier one sees it committed.
 */
const IN_FLIGHT = 4;

export interface SeedDemoOptions {
  count: number;
  /** Epoch ms; submissions fall in the ~10 days before it. Default: the clock. */
  now?: number;
  /** Default: getBlobStore() (UPLOADS_DIR). */
  store?: BlobStore;
  seed?: number;
  /** Index of the first filing: pass the number of filings already seeded to add more. */
  offset?: number;
  /**
   * Which filings get letters, forms and passports printing their own data (the others share
   * generic renders). Licences and ID cards always print their filing's own: they are read.
   */
  personalised?: (filing: GeneratedFiling) => boolean;
  /** Filings already stored (a resumed seed): skipped, and counted as done. */
  exists?: (externalId: string) => boolean;
  onProgress?: (done: number, count: number) => void;
}

export interface SeedDemoResult {
  count: number;
  /** Filings with at least one violation. */
  flagged: number;
  /** Rule IDs that fired at least once, sorted. */
  rulesFired: string[];
}

/**
 * Letters and forms printing the filing's own names and numbers: the oldest filings (the top of
 * the queue, which claim-next hands out first) and every 30th; the rest share generic renders.
 */
export function defaultPersonalised(offset: number) {
  return (filing: GeneratedFiling) => filing.index - offset < 24 || (filing.index - offset) % 30 === 29;
}

export async function seedDemoFilings(db: Db, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const generator = createGenerator({ count: options.count, now: options.now ?? Date.now(), seed: options.seed, offset: options.offset });
  const offset = generator.options.offset;
  const store = options.store ?? getBlobStore();
  const bytes = createFileRenderer();
  const personalised = options.personalised ?? defaultPersonalised(offset);
  let flagged = 0;
  let done = 0;
  const fired = new Set<string>();

  const ingestOne = async (g: GeneratedFiling) => {
    const files = await renderFiles(g, bytes, personalised(g));
    const result = await ingestFiling({ db, store, now: () => g.receivedAt }, g.document, files);
    if (result.violations.length > 0) flagged++;
    for (const v of result.violations) fired.add(v.rule);
    options.onProgress?.(++done, options.count);
  };

  // A sliding window in index order: filing i starts only once filing i - IN_FLIGHT is done.
  const tasks: Promise<void>[] = [];
  for (const g of generator.all()) {
    if (options.exists?.(g.document.externalId)) {
      options.onProgress?.(++done, options.count);
      continue;
    }
    if (tasks.length >= IN_FLIGHT) await tasks[tasks.length - IN_FLIGHT];
    const task = ingestOne(g);
    task.catch(() => {}); // surfaced by the awaits; this only keeps it from being "unhandled"
    tasks.push(task);
  }
  await Promise.all(tasks);
  return { count: options.count, flagged, rulesFired: [...fired].sort() };
}
