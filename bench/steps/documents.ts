import { measureReading, summarise } from "@/demo/documents/reading-accuracy";

// Document reading (证照比对): `samples` licences and ID cards of generated filings, in every
// capture condition the demo seed makes, rendered, stored and read one at a time by one reader
// process (scripts/document-reader.ts, as the worker forks it); scored against what the
// renderer printed. The same measurement as `npx tsx demo/documents/reading-accuracy.ts`.
// Seconds are the reader's own wall time per document, orientation retries included, the model
// load kept out; peak RSS is the reader process's VmHWM.

export type DocumentBench = {
  samples: number;
  byKind: Record<string, { n: number; p50S: number; p95S: number }>;
  p50S: number;
  p95S: number;
  peakRssMb: number;
  /** "exact/of (pct %)" over the documents that print a number. */
  numbersExact: string;
  /** "exact/of (pct %)" over the names printed (licence 名称 and 法定代表人, ID 姓名). */
  namesExact: string;
  /** A valid number read that is not the printed one: must be 0. */
  wrongNumbers: number;
};

export async function benchDocuments(options: { samples: number }): Promise<DocumentBench> {
  const s = summarise(await measureReading({ samples: options.samples }));
  const byKind: DocumentBench["byKind"] = {};
  for (const [kind, k] of Object.entries(s.byKind)) byKind[kind] = { n: k.n, p50S: k.p50S, p95S: k.p95S };
  return {
    samples: s.samples,
    byKind,
    p50S: s.p50S,
    p95S: s.p95S,
    peakRssMb: s.peakRssMb,
    numbersExact: s.numbersExact,
    namesExact: s.namesExact,
    wrongNumbers: s.wrongNumbers,
  };
}
