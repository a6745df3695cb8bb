import type { FilingIssue } from "@/lib/validation/issues";
import { checkFiling } from "../check-filing";
import { buildInMemoryIndex } from "../in-memory-index";
import type { Violation } from "../types";
import { loadInput, type MeasureImage } from "./load-input";

export interface CheckReport {
  externalId: string;
  violations: Violation[];
}

export type RunCheckResult =
  | { ok: true; reports: CheckReport[] }
  | { ok: false; error: string; issues: FilingIssue[] };

/** Checks every filing of the file; the others in the same file are the cross-filing index. */
export async function runCheck(options: { file: string; asOf: string; measure: MeasureImage }): Promise<RunCheckResult> {
  const input = await loadInput(options.file, options.measure);
  if (!input.ok) return input;
  const others = buildInMemoryIndex(input.filings.map((f) => f.filing));
  return {
    ok: true,
    reports: input.filings.map(({ filing, materials }) => ({
      externalId: filing.externalId,
      violations: checkFiling({ filing, asOf: options.asOf, materials, others }),
    })),
  };
}
