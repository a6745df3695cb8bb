import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/db/testing/temp-db";
import { makeFiling, makeUser, withReasons } from "@/db/testing/factories";
import { decide } from "@/lib/services/decisions/decide";

describe("decide", () => {
  const { db, cleanup } = createTempDb();
  let reviewer: { id: number; email: string };
  let other: { id: number; email: string };
  const now = Date.now();

  beforeAll(async () => {
    withReasons(db);
    reviewer = await makeUser(db);
    other = await makeUser(db);
  });
  afterAll(cleanup);

  const approve = (filingId: number, extra: Record<string, unknown> = {}) => ({ filingId, revision: 1, outcome: "approved", ...extra });
  const reject = (filingId: number, extra: Record<string, unknown> = {}) => ({ filingId, revision: 1, outcome: "rejected", ...extra });

  it("records an approval by the claim holder and clears the claim", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id });
    const result = decide(reviewer, approve(filing.id), { db, now, sampled: false });
    expect(result).toMatchObject({ ok: true, outcome: "approved" });
    const row = db.$client.prepare("SELECT status, claimed_by FROM filings WHERE id = ?").get(filing.id);
    expect(row).toEqual({ status: "approved", claimed_by: null });
  });

  it("refuses a filing whose claim another reviewer holds", () => {
    const filing = makeFiling(db, { claimedBy: other.id });
    expect(decide(reviewer, approve(filing.id), { db, now, sampled: false })).toEqual({ ok: false, error: "claim_not_held" });
  });

  it("refuses an unclaimed filing and an expired claim", () => {
    expect(decide(reviewer, approve(makeFiling(db).id), { db, now, sampled: false })).toMatchObject({ ok: false, error: "claim_not_held" });
    const expired = makeFiling(db, { claimedBy: reviewer.id, claimExpiresAt: now - 1 });
    expect(decide(reviewer, approve(expired.id), { db, now, sampled: false })).toMatchObject({ ok: false, error: "claim_not_held" });
  });

  it("refuses a decision made against a stale revision", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id });
    db.$client.prepare("UPDATE filings SET current_revision = 2 WHERE id = ?").run(filing.id);
    expect(decide(reviewer, approve(filing.id), { db, now, sampled: false })).toEqual({ ok: false, error: "stale_revision" });
  });

  it("records one decision for a double submit", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id });
    const first = decide(reviewer, reject(filing.id, { reasons: [{ code: "INFO_MISMATCH" }] }), { db, now, sampled: false });
    const second = decide(reviewer, reject(filing.id, { reasons: [{ code: "INFO_MISMATCH" }] }), { db, now, sampled: false });
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, error: "not_pending" });
    expect(db.$client.prepare("SELECT count(*) AS n FROM decisions WHERE filing_id = ?").get(filing.id)).toEqual({ n: 1 });
  });

  it("needs a justification to approve over an error, and stores it per overridden violation", () => {
    const filing = makeFiling(db, {
      claimedBy: reviewer.id,
      violations: [
        { rule: "MOBILE_INVALID", severity: "error" },
        { rule: "PERSON_ID_INVALID", severity: "error" },
        { rule: "ADDRESS_NOT_DETAILED", severity: "warning" },
      ],
    });
    expect(decide(reviewer, approve(filing.id), { db, now, sampled: false })).toMatchObject({ ok: false, error: "missing_justification" });
    const result = decide(reviewer, approve(filing.id, { overrideJustification: "电话核实过，号码可以接通" }), { db, now, sampled: false });
    expect(result.ok).toBe(true);
    const overrides = db.$client.prepare("SELECT rule, justification FROM decision_overrides ORDER BY rule").all();
    expect(overrides).toEqual([
      { rule: "MOBILE_INVALID", justification: "电话核实过，号码可以接通" },
      { rule: "PERSON_ID_INVALID", justification: "电话核实过，号码可以接通" },
    ]);
    const decision = db.$client.prepare("SELECT override_count, qa_sampled FROM decisions WHERE filing_id = ?").get(filing.id);
    expect(decision).toEqual({ override_count: 2, qa_sampled: 1 });
  });

  it("approves over warnings without a justification", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id, violations: [{ rule: "ADDRESS_NOT_DETAILED", severity: "warning" }] });
    expect(decide(reviewer, approve(filing.id), { db, now, sampled: false }).ok).toBe(true);
  });

  it("needs at least one known reason to reject, and a note for OTHER", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id });
    expect(decide(reviewer, reject(filing.id), { db, now, sampled: false })).toMatchObject({ ok: false, error: "missing_reason" });
    expect(decide(reviewer, reject(filing.id, { reasons: [{ code: "NO_SUCH_REASON" }] }), { db, now, sampled: false })).toMatchObject({
      ok: false,
      error: "unknown_reason",
    });
    expect(decide(reviewer, reject(filing.id, { reasons: [{ code: "OTHER" }] }), { db, now, sampled: false })).toMatchObject({
      ok: false,
      error: "other_needs_note",
    });
    const ok = decide(
      reviewer,
      reject(filing.id, { reasons: [{ code: "PHONE_SEGMENT", field: "principal.mobile", note: "请更换号码" }] }),
      { db, now, sampled: false },
    );
    expect(ok.ok).toBe(true);
    expect(
      db.$client.prepare("SELECT code, field, note FROM decision_reasons WHERE decision_id = ?").all(ok.ok ? ok.decisionId : 0),
    ).toEqual([{ code: "PHONE_SEGMENT", field: "principal.mobile", note: "请更换号码" }]);
    expect(db.$client.prepare("SELECT status FROM filings WHERE id = ?").get(filing.id)).toEqual({ status: "rejected" });
  });

  it("writes the decision to the audit trail", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id });
    decide(reviewer, approve(filing.id), { db, now, sampled: false });
    expect(db.$client.prepare("SELECT action, actor_email FROM audit_events WHERE filing_id = ?").all(filing.id)).toEqual([
      { action: "filing.decided", actor_email: reviewer.email },
    ]);
  });

  it("rejects malformed input naming the field", () => {
    expect(decide(reviewer, { filingId: "x", revision: 1, outcome: "approved" }, { db })).toMatchObject({
      ok: false,
      error: "invalid_input",
      field: "filingId",
    });
  });
});
