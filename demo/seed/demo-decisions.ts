import "server-only";
import { decide } from "@/lib/services/decisions/decide";
import type { Db } from "@/db/client";
import { listPendingBySla } from "@/db/queries/filing-summaries";
import { claimFiling } from "@/lib/services/claims/claims";
import { recordQaReview } from "@/lib/services/qa/second-review";
import { getUserByEmail } from "@/db/queries/users";
import { getViolations } from "@/db/queries/workspace";

const MINUTE = 60_000;

/**
 * A demo database with a history: some of the oldest filings decided by the two demo reviewers
 * through the same claim and decision code the console uses, a few overrides, and second
 * reviews by the lead, so the audit pages have something to show. Deterministic.
 */
export function seedDemoDecisions(db: Db, options: { share?: number; now?: number } = {}): number {
  const now = options.now ?? Date.now();
  const reviewers = ["reviewer@example.com", "reviewer2@example.com"]
    .map((email) => getUserByEmail(db, email))
    .filter((u) => u !== undefined);
  const lead = getUserByEmail(db, "lead@example.com");
  if (reviewers.length === 0 || !lead) return 0;
  const pending = listPendingBySla(db);
  const count = Math.floor(pending.length * (options.share ?? 0.15));
  let decided = 0;
  for (const [i, filing] of pending.slice(0, count).entries()) {
    const reviewer = reviewers[i % reviewers.length];
    const claimedAt = Math.min(filing.submittedAt + (2 + (i % 9)) * 60 * MINUTE, now - 30 * MINUTE);
    const decidedAt = claimedAt + (3 + ((i * 7) % 17)) * MINUTE;
    if (!claimFiling(reviewer, filing.id, { db, now: claimedAt }).ok) continue;
    const violations = getViolations(db, filing.revisionId);
    const errors = violations.filter((v) => v.severity === "error");
    const overrideThis = errors.length > 0 && i % 3 === 0;
    const rejectThis = !overrideThis && (errors.length > 0 || (violations.length > 0 && i % 2 === 1));
    const input = !rejectThis
      ? {
          filingId: filing.id,
          revision: 1,
          outcome: "approved",
          overrideJustification: overrideThis ? "已电话联系负责人核实，材料与信息一致" : "",
        }
      : {
          filingId: filing.id,
          revision: 1,
          outcome: "rejected",
          note: "请按驳回原因修改后重新提交",
          reasons: violations.map((v) => ({
            code: v.reason,
            field: v.material === null && v.path !== "materials" ? v.path : null,
            material: v.material,
          })),
        };
    const result = decide(reviewer, input, { db, now: decidedAt, sampled: i % 7 === 0 });
    if (!result.ok) continue;
    decided += 1;
    if (i % 5 === 0)
      recordQaReview(
        {
          lead,
          decisionId: result.decisionId,
          verdict: i % 25 === 0 ? "overturn" : "agree",
          note: i % 25 === 0 ? "复核：证件照片清晰，原因不成立" : "",
        },
        { db, now: decidedAt + 90 * MINUTE },
      );
  }
  return decided;
}
