import { openDatabase } from "@/db/client";
import { chinaDate } from "@/lib/domain/time/china-time";
import { buildInMemoryIndex, checkFiling } from "@/lib/domain/rules";
import { parseFiling, type Filing } from "@/lib/domain/validation/filing";
import type { RulesResult } from "@/bench/lib/result";
import { elapsedMs, round } from "@/bench/lib/stats";

// Step 2: the stored current revisions are read back (filing_revisions.document), parsed, and
// the text rules run over all of them in this one process. The cross-filing rules get an
// in-memory index of all N filings (as the rules CLI builds it); no image measures are passed,
// so the image rules do not run. Only checkFiling is inside the timed loop.

interface Stored {
  document: string;
  receivedAt: number;
}

export function runRules(dbPath: string): RulesResult {
  const db = openDatabase(dbPath);
  const filings: Filing[] = [];
  const asOf: string[] = [];
  let parseMs = 0;
  try {
    const rows = db.$client
      .prepare<[], Stored>(
        `SELECT r.document AS document, r.received_at AS receivedAt
           FROM filings f JOIN filing_revisions r ON r.id = f.current_revision_id ORDER BY f.id`,
      )
      .iterate();
    for (const row of rows) {
      const start = process.hrtime.bigint();
      const parsed = parseFiling(JSON.parse(row.document));
      parseMs += elapsedMs(start);
      if (!parsed.ok) throw new Error(`a stored document no longer parses: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      filings.push(parsed.filing);
      asOf.push(chinaDate(row.receivedAt));
    }
  } finally {
    db.$client.close();
  }

  const others = buildInMemoryIndex(filings);
  let flagged = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < filings.length; i++) {
    if (checkFiling({ filing: filings[i], asOf: asOf[i], others }).length > 0) flagged++;
  }
  const checkMs = elapsedMs(start);
  return {
    filings: filings.length,
    filingsPerSec: Math.round(filings.length / (checkMs / 1000)),
    checkSeconds: round(checkMs / 1000, 2),
    parseSeconds: round(parseMs / 1000, 2),
    flagged,
  };
}
