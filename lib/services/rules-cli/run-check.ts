import type { FilingIssue } from "@/lib/domain/validation/issues";
import { checkFiling } from "@/lib/domain/rules/check-filing";
import { buildInMemoryIndex } from "@/lib/domain/rules/in-memory-index";
import type { Violation } from "@/lib/domain/rules/types";
import { loadInput, type MeasureImage } from "@/lib/services/rules-cli/load-input";

export interface CheckReport {
  externalId: string;
  violations: Violation[];
}

export type RunCheckResult = { ok: true; reports: CheckReport[] } | { ok: false; error: string; issues: FilingIssue[] };

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
