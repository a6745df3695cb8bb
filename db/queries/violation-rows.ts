import type { Violation } from "@/lib/domain/rules";
import { SEVERITY_RANK } from "@/db/schema";

/** Rows of the violations table for one revision's rule results. */
export function violationRows(revisionId: number, violations: Violation[], ruleSetVersion: string) {
  return violations.map((v) => ({
    revisionId,
    rule: v.rule,
    severity: v.severity,
    path: v.path,
    materialIndex: v.material,
    reason: v.reason,
    messageZh: v.message.zh,
    messageEn: v.message.en,
    ruleSetVersion,
  }));
}

/** The queue's summary of a revision's flags. */
export function severitySummary(violations: Pick<Violation, "severity">[]) {
  const errorCount = violations.filter((v) => v.severity === "error").length;
  const warningCount = violations.length - errorCount;
  const worstSeverity = errorCount > 0 ? SEVERITY_RANK.error : warningCount > 0 ? SEVERITY_RANK.warning : SEVERITY_RANK.none;
  return { errorCount, warningCount, worstSeverity };
}
