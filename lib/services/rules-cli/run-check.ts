import type { FilingIssue } from "@/lib/domain/validation/issues";
import { checkFiling } from "@/lib/domain/rules/check-filing";
import { buildInMemoryIndex } from "@/lib/domain/rules/in-memory-index";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { readableMaterials } from "@/lib/domain/documents/readable";
import type { DocumentReading, ReadableKind } from "@/lib/domain/documents/reading";
import type { DocumentFacts, Violation } from "@/lib/domain/rules/types";
import type { Filing } from "@/lib/domain/validation/filing";
import { isImageBytes } from "@/lib/services/rules-cli/sniff-image";
import { loadInput, type MeasureImage } from "@/lib/services/rules-cli/load-input";

export interface CheckReport {
  externalId: string;
  violations: Violation[];
}

export type RunCheckResult = { ok: true; reports: CheckReport[] } | { ok: false; error: string; issues: FilingIssue[] };

/** Reads one stored document (injected in tests; the OCR engine otherwise). */
export type ReadDocumentFile = (bytes: Buffer, kind: ReadableKind) => Promise<DocumentReading>;

/**
 * Checks every filing of the file; the others in the same file are the cross-filing index.
 * With `readDocuments`, the licences and ID cards are read and the DOC_* rules join in.
 */
export async function runCheck(options: {
  file: string;
  asOf: string;
  measure: MeasureImage;
  readDocuments?: ReadDocumentFile;
}): Promise<RunCheckResult> {
  const input = await loadInput(options.file, options.measure);
  if (!input.ok) return input;
  const others = buildInMemoryIndex(input.filings.map((f) => f.filing));
  const reports: CheckReport[] = [];
  for (const { filing, materials, baseDir } of input.filings) {
    const documents = options.readDocuments ? await readFilingDocuments(filing, baseDir, options.readDocuments) : undefined;
    reports.push({ externalId: filing.externalId, violations: checkFiling({ filing, asOf: options.asOf, materials, others, documents }) });
  }
  return { ok: true, reports };
}

async function readFilingDocuments(filing: Filing, baseDir: string, read: ReadDocumentFile): Promise<DocumentFacts[]> {
  const out: DocumentFacts[] = [];
  for (const { index, kind } of readableMaterials(filing)) {
    const bytes = await readFile(resolve(baseDir, filing.materials[index].file));
    if (!isImageBytes(bytes)) continue;
    out.push({ index, reading: await read(bytes, kind) });
  }
  return out;
}
