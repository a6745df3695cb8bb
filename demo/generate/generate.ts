import { chinaDate } from "@/lib/domain/time/china-time";
import type { CatalogRuleId } from "@/lib/domain/rules";
import type { FilingInput } from "@/lib/domain/validation/filing";
import { buildCleanFacts } from "@/demo/generate/build-clean";
import type { FilingFacts } from "@/demo/generate/facts";
import { carriesDocumentFault, plantDocumentFault, type DocumentFault } from "@/demo/generate/document-faults";
import { expectedDocumentRules, type DocumentRuleId } from "@/demo/generate/document-rules";
import { applyFault, type FaultContext } from "@/demo/generate/faults";
import { planMaterials, type FileSpec } from "@/demo/generate/materials";
import { cycleEntry, planFor } from "@/demo/generate/plan";
import { streamFor } from "@/demo/generate/prng";
import { markReadable, planCaptures } from "@/demo/generate/readable-files";
import { createTimeline, type Timeline } from "@/demo/generate/timeline";
import { toDocument } from "@/demo/generate/to-document";

// The generator's entry point. Filing `index` is a pure function of (seed, index, count, now,
// offset): it can be produced alone, in any order, by the demo seed and the bulk path alike.

export const DEFAULT_SEED = 20261120;
/**
 * A cross-filing fault collides with a filing at least this many places earlier, so it is
 * committed first even when several filings are ingested concurrently (fewer in flight).
 */
export const PAIR_MIN_GAP = 8;
const PAIR_SEARCH = 80;
/** Stands in for a fault a filing cannot carry (a pair with no earlier partner). */
const SUBSTITUTE: CatalogRuleId = "ADDRESS_NOT_DETAILED";

export interface GenerateOptions {
  /** Filings in this run: submissions spread evenly over the timeline. */
  count: number;
  /** Epoch ms; submissions fall in the ~10 days before it. */
  now: number;
  seed?: number;
  /** Index of the run's first filing (to add to a database that has filings already). */
  offset?: number;
}

export interface GeneratedFiling {
  index: number;
  /** The filing document, as the upstream system would POST it. */
  document: FilingInput;
  /** When the console received it: ingestion's clock. */
  receivedAt: number;
  /** The rules this filing was built to break. */
  faults: CatalogRuleId[];
  /** The files its materials name. */
  files: FileSpec[];
  /**
   * The DOC_* rules its documents fire once read (document-check.md), sorted: a planted
   * documentFault, or a typo in an entered number (the document prints the right one).
   * Not checked by checkWithoutImages: they need the reader.
   */
  documentRules: DocumentRuleId[];
  /** The deliberate document mismatch it carries, if any. */
  documentFault: DocumentFault | null;
}

export interface FilingGenerator {
  readonly options: Required<GenerateOptions>;
  facts(index: number): FilingFacts;
  filing(index: number): GeneratedFiling;
  /** The run's filings, in submission order. */
  all(): Generator<GeneratedFiling>;
}

export function createGenerator(input: GenerateOptions): FilingGenerator {
  const options: Required<GenerateOptions> = {
    count: input.count,
    now: input.now,
    seed: input.seed ?? DEFAULT_SEED,
    offset: input.offset ?? 0,
  };
  const { seed, offset, count } = options;
  const timeline: Timeline = createTimeline(options.now);

  function cleanFacts(index: number): FilingFacts {
    const k = index - offset;
    const plan = planFor(seed, index, k);
    const time = streamFor(seed, index, "time");
    const submittedMs = timeline.at((k + time.next() * 0.8) / count);
    const submittedDate = chinaDate(submittedMs);
    const timing = {
      index,
      externalId: `TC${submittedDate.replaceAll("-", "")}${String(index + 1).padStart(6, "0")}`,
      // Every applicant has an account of their own; SUBJECT_ON_OTHER_ACCOUNT pairs differ in it.
      accountId: String(100_000_000_000 + index),
      submittedMs,
      submittedDate,
      receivedAt: submittedMs + time.int(15, 120) * 1000,
    };
    return buildCleanFacts(streamFor(seed, index, "filing"), plan, timing);
  }

  function facts(index: number): FilingFacts {
    const k = index - offset;
    const plan = planFor(seed, index, k);
    const f = cleanFacts(index);
    const rng = streamFor(seed, index, "faults");
    const ctx: FaultContext = {
      rng,
      partner(unitOnly) {
        const start = k - PAIR_MIN_GAP - rng.int(0, 12);
        for (let kk = start; kk >= Math.max(0, k - PAIR_SEARCH); kk--) {
          if (cycleEntry(kk) !== null) continue;
          if (unitOnly && planFor(seed, offset + kk, kk).kind !== "unit") continue;
          return cleanFacts(offset + kk);
        }
        return null;
      },
    };
    for (const rule of plan.faults) {
      if (!applyFault(rule, f, ctx) && !f.faults.includes(SUBSTITUTE)) applyFault(SUBSTITUTE, f, ctx);
    }
    return f;
  }

  function filing(index: number): GeneratedFiling {
    const f = facts(index);
    const { materials, files } = planMaterials(f);
    const document = toDocument(f, materials);
    // Streams of their own: documents and captures never shift the draws of the facts above.
    markReadable(document, files);
    const documentFault = plantDocumentFault(f, files, carriesDocumentFault(seed, index), streamFor(seed, index, "documents"));
    planCaptures(files, streamFor(seed, index, "capture"));
    const documentRules = expectedDocumentRules(document, files);
    return { index, document, receivedAt: f.receivedAt, faults: f.faults, files, documentRules, documentFault };
  }

  return {
    options,
    facts,
    filing,
    *all() {
      for (let i = 0; i < count; i++) yield filing(offset + i);
    },
  };
}
