import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFiling, makeUser, withReasons } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import { decide } from "../decisions/decide";
import { recordQaReview } from "../qa/second-review";
import { getRuleTuning } from "./rule-tuning";

describe("rule tuning", () => {
  const { db, cleanup } = createTempDb();
  let reviewer: { id: number; email: string };
  let lead: { id: number; email: string };
  const now = Date.parse("2026-11-25T12:00:00+08:00");
  beforeAll(async () => {
    withReasons(db);
    reviewer = await makeUser(db);
    lead = await makeUser(db, "lead");
  });
  afterAll(cleanup);

  const flagged = () =>
    makeFiling(db, {
      claimedBy: reviewer.id,
      claimExpiresAt: now + 60_000,
      submittedAt: now - 3600_000,
      violations: [{ rule: "MOBILE_INVALID", severity: "error", reason: "PHONE_SEGMENT" }],
    });
  const row = () => getRuleTuning({ from: "2026-11-01", to: "2026-11-30" }, { db, now }).rows.find((r) => r.rule === "MOBILE_INVALID")!;

  it("counts approvals over a rule, reasons used and overturns, with the justifications", () => {
    const before = row();
    const a = flagged();
    const approved = decide(
      reviewer,
      { filingId: a.id, revision: 1, outcome: "approved", overrideJustification: "电话核实过" },
      { db, now, sampled: false, holdMs: 0 },
    );
    const b = flagged();
    decide(
      reviewer,
      { filingId: b.id, revision: 1, outcome: "rejected", reasons: [{ code: "PHONE_SEGMENT" }] },
      { db, now, sampled: false, holdMs: 0 },
    );
    if (!approved.ok) throw new Error(approved.error);
    recordQaReview({ lead, decisionId: approved.decisionId, verdict: "overturn", note: "号码确实无效" }, { db, now: now + 1000 });
    const after = row();
    expect(after.decided - before.decided).toBe(2);
    expect(after.overridden - before.overridden).toBe(1);
    expect(after.reasonUsed - before.reasonUsed).toBe(1);
    expect(after.overturned - before.overturned).toBe(1);
    expect(after.overrideRate).toBeCloseTo(after.overridden / after.decided);
    expect(after.justifications.map((j) => j.justification)).toContain("电话核实过");
    expect(after.trend.some((v) => v !== null)).toBe(true);
  });

  it("lists every rule of the catalog, sorted by override rate", () => {
    const { rows } = getRuleTuning({ from: "2026-11-01", to: "2026-11-30" }, { db, now });
    expect(rows).toHaveLength(35);
    expect(rows[0].rule).toBe("MOBILE_INVALID");
  });
});
