import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import { getCurrentRevision, getMaterialMeasures, replaceViolations } from "@/db/queries/recheck";
import { checkFiling, RULE_SET_VERSION } from "@/lib/domain/rules";
import { chinaDate } from "@/lib/domain/time/china-time";
import { parseFiling } from "@/lib/domain/validation/filing";

/**
 * Runs the current rule set over a filing's current revision again (e.g. after a rule change
 * or when another filing's status changed the cross-filing picture). Image measures come from
 * the stored materials, so no file is decoded again. The old violations are superseded, not deleted.
 */
export function recheckFiling(
  actor: { id: number; email: string },
  filingId: number,
  options: { db?: Db; now?: number } = {},
): { ok: boolean; version?: string } {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  return db.transaction(
    (tx) => {
      const current = getCurrentRevision(tx, filingId);
      if (!current) return { ok: false };
      const parsed = parseFiling(JSON.parse(current.document));
      if (!parsed.ok) return { ok: false };
      const materials = getMaterialMeasures(tx, current.revisionId).map((m) => ({
        index: m.idx,
        image:
          m.width !== null && m.height !== null && m.chroma !== null && m.laplacianVariance !== null
            ? { width: m.width, height: m.height, chroma: m.chroma, laplacianVariance: m.laplacianVariance }
            : null,
      }));
      // The index reads through the same connection, so it sees this transaction.
      const violations = checkFiling({ filing: parsed.filing, asOf: chinaDate(now), materials, others: createCrossFilingIndex(db) });
      replaceViolations(tx, { filingId, revisionId: current.revisionId, violations, ruleSetVersion: RULE_SET_VERSION, now });
      recordAuditEvent(tx, {
        action: "filing.rechecked",
        actorId: actor.id,
        actorEmail: actor.email,
        filingId,
        at: now,
        detail: { ruleSetVersion: RULE_SET_VERSION, violations: violations.length },
      });
      return { ok: true, version: RULE_SET_VERSION };
    },
    { behavior: "immediate" },
  );
}
