import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Violation } from "@/lib/domain/rules";
import type { Tx } from "@/db/client";
import { filingRevisions, filings, materials, violations } from "@/db/schema";
import { severitySummary, violationRows } from "@/db/queries/violation-rows";

/** Supersedes a revision's standing violations with a fresh set and updates the queue summary. */
export function replaceViolations(
  tx: Tx,
  input: {
    filingId: number;
    revisionId: number;
    violations: Violation[];
    ruleSetVersion: string;
    now: number;
  },
): void {
  tx.update(violations)
    .set({ supersededAt: input.now })
    .where(and(eq(violations.revisionId, input.revisionId), isNull(violations.supersededAt)))
    .run();
  if (input.violations.length > 0)
    tx.insert(violations)
      .values(violationRows(input.revisionId, input.violations, input.ruleSetVersion))
      .run();
  tx.update(filings)
    .set({ ...severitySummary(input.violations), updatedAt: input.now })
    .where(eq(filings.id, input.filingId))
    .run();
  tx.update(filingRevisions).set({ ruleSetVersion: input.ruleSetVersion }).where(eq(filingRevisions.id, input.revisionId)).run();
}

/** The current revision's document (JSON text) and id, or undefined. */
export function getCurrentRevision(tx: Tx, filingId: number) {
  return tx
    .select({ revisionId: filingRevisions.id, revision: filingRevisions.revision, document: filingRevisions.document })
    .from(filings)
    .innerJoin(filingRevisions, eq(filingRevisions.id, filings.currentRevisionId))
    .where(eq(filings.id, filingId))
    .get();
}

/** The stored image measures of a revision's materials, in material order. */
export function getMaterialMeasures(tx: Tx, revisionId: number) {
  return tx
    .select({
      idx: materials.idx,
      width: materials.width,
      height: materials.height,
      chroma: materials.chroma,
      laplacianVariance: materials.laplacianVariance,
    })
    .from(materials)
    .where(eq(materials.revisionId, revisionId))
    .orderBy(asc(materials.idx))
    .all();
}
