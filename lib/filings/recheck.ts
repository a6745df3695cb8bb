import "server-only";
import type { Db } from "@/db/client";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import { replaceViolations } from "@/db/queries/recheck";
import { checkFiling, RULE_SET_VERSION } from "@/lib/rules";
import { parseFiling } from "@/lib/validation/filing";
import { chinaDate } from "./china-time";

/**
 * Runs the current rule set over a filing's current revision again (e.g. after a rule change
 * or when another filing's status changed the cross-filing picture). Image measures come from
 * the stored materials, so no file is decoded again.
 */
export function recheckFiling(db: Db, actor: { id: number; email: string }, filingId: number, now = Date.now()): { ok: boolean; version?: string } {
  return db.transaction(
    (tx) => {
      const row = db.$client
        .prepare<[number], { revisionId: number; document: string }>(
          `SELECT r.id AS revisionId, r.document FROM filings f JOIN filing_revisions r ON r.id = f.current_revision_id WHERE f.id = ?`,
        )
        .get(filingId);
      if (!row) return { ok: false };
      const parsed = parseFiling(JSON.parse(row.document));
      if (!parsed.ok) return { ok: false };
      const measures = db.$client
        .prepare<[number], { idx: number; width: number | null; height: number | null; chroma: number | null; lap: number | null }>(
          `SELECT idx, width, height, chroma, laplacian_variance AS lap FROM materials WHERE revision_id = ? ORDER BY idx`,
        )
        .all(row.revisionId);
      const materials = measures.map((m) => ({
        index: m.idx,
        image: m.width !== null && m.height !== null && m.chroma !== null && m.lap !== null ? { width: m.width, height: m.height, chroma: m.chroma, laplacianVariance: m.lap } : null,
      }));
      const violations = checkFiling({ filing: parsed.filing, asOf: chinaDate(now), materials, others: createCrossFilingIndex(db) });
      replaceViolations(tx, { filingId, revisionId: row.revisionId, violations, ruleSetVersion: RULE_SET_VERSION, actor, now });
      return { ok: true, version: RULE_SET_VERSION };
    },
    { behavior: "immediate" },
  );
}
