import { chinaDate } from "@/lib/domain/time/china-time";
import { buildInMemoryIndex, checkFiling, type Violation } from "@/lib/domain/rules";
import { parseFiling, type Filing } from "@/lib/domain/validation/filing";
import type { GeneratedFiling } from "@/demo/generate/generate";

// The rules as the console would apply them, without images: each filing is checked on the day
// it arrives against the filings that arrived before it (the cross-filing rules are ordered).

export interface TextCheck {
  generated: GeneratedFiling;
  filing: Filing;
  violations: Violation[];
}

export function checkWithoutImages(generated: readonly GeneratedFiling[]): TextCheck[] {
  const earlier: Filing[] = [];
  return generated.map((g) => {
    const parsed = parseFiling(g.document);
    if (!parsed.ok) throw new Error(`generated filing ${g.document.externalId} is invalid: ${JSON.stringify(parsed.issues)}`);
    const violations = checkFiling({ filing: parsed.filing, asOf: chinaDate(g.receivedAt), others: buildInMemoryIndex(earlier) });
    earlier.push(parsed.filing);
    return { generated: g, filing: parsed.filing, violations };
  });
}
