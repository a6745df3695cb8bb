import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Violation } from "@/lib/rules";
import type { Db } from "../client";
import { filingRevisions, filings, SEVERITY_RANK, violations } from "../schema";
import { recordAuditEvent } from "./audit";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Supersedes a revision's standing violations with a fresh set and updates the queue summary. */
export function replaceViolations(
  tx: Tx,
  input: { filingId: number; revisionId: number; violations: Violation[]; ruleSetVersion: string; actor: { id: number; email: string }; now: number },
): void {
  tx.update(violations).set({ supersededAt: input.now }).where(and(eq(violations.revisionId, input.revisionId), isNull(violations.supersededAt))).run();
  if (input.violations.length > 0) {
    tx.insert(violations)
      .values(
        input.violations.map((v) => ({
          revisionId: input.revisionId,
          rule: v.rule,
          severity: v.severity,
          path: v.path,
          materialIndex: v.material,
          reason: v.reason,
          messageZh: v.message.zh,
          messageEn: v.message.en,
          ruleSetVersion: input.ruleSetVersion,
        })),
      )
      .run();
  }
  const errorCount = input.violations.filter((v) => v.severity === "error").length;
  const warningCount = input.violations.length - errorCount;
  tx.update(filings)
    .set({ errorCount, warningCount, worstSeverity: errorCount > 0 ? SEVERITY_RANK.error : warningCount > 0 ? SEVERITY_RANK.warning : SEVERITY_RANK.none, updatedAt: input.now })
    .where(eq(filings.id, input.filingId))
    .run();
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
