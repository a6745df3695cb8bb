import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Violation } from "@/lib/rules";
import type { Db } from "../client";
import { filingRevisions, filings, violations } from "../schema";
import { recordAuditEvent } from "./audit";
import { severitySummary, violationRows } from "./violation-rows";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Supersedes a revision's standing violations with a fresh set and updates the queue summary. */
export function replaceViolations(
  tx: Tx,
  input: { filingId: number; revisionId: number; violations: Violation[]; ruleSetVersion: string; actor: { id: number; email: string }; now: number },
): void {
  tx.update(violations).set({ supersededAt: input.now }).where(and(eq(violations.revisionId, input.revisionId), isNull(violations.supersededAt))).run();
  if (input.violations.length > 0) tx.insert(violations).values(violationRows(input.revisionId, input.violations, input.ruleSetVersion)).run();
  tx.update(filings).set({ ...severitySummary(input.violations), updatedAt: input.now }).where(eq(filings.id, input.filingId)).run();
  tx.update(filingRevisions).set({ ruleSetVersion: input.ruleSetVersion }).where(eq(filingRevisions.id, input.revisionId)).run();
  recordAuditEvent(tx, {
    action: "filing.rechecked",
    actorId: input.actor.id,
    actorEmail: input.actor.email,
    filingId: input.filingId,
    at: input.now,
    detail: { ruleSetVersion: input.ruleSetVersion, violations: input.violations.length },
  });
}
