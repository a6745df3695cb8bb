import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decide } from "@/lib/services/decisions/decide";
import { makeFiling, makeUser, withReasons } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import { getQaQueue } from "@/db/queries/qa-queue";
import { recordQaReview } from "./second-review";

describe("second review", () => {
  const { db, cleanup } = createTempDb();
  let reviewer: { id: number; email: string };
  let lead: { id: number; email: string };
  let otherLead: { id: number; email: string };
  beforeAll(async () => {
    withReasons(db);
    reviewer = await makeUser(db);
    lead = await makeUser(db, "lead");
    otherLead = await makeUser(db, "lead");
  });
  afterAll(cleanup);

  function decided(by: { id: number; email: string }, sampled = true) {
    const filing = makeFiling(db, { claimedBy: by.id });
    const result = decide(by, { filingId: filing.id, revision: 1, outcome: "approved" }, { db, sampled, holdMs: 0 });
    if (!result.ok) throw new Error(result.error);
    return { filing, decisionId: result.decisionId };
  }

  it("puts sampled decisions in the queue and takes them out once reviewed", () => {
    const { decisionId } = decided(reviewer);
    const { decisionId: unsampled } = decided(reviewer, false);
    const queued = getQaQueue(db).map((r) => r.decisionId);
    expect(queued).toContain(decisionId);
    expect(queued).not.toContain(unsampled);
    expect(recordQaReview({ lead, decisionId, verdict: "agree", note: "" }, { db })).toEqual({ ok: true });
    expect(getQaQueue(db).map((r) => r.decisionId)).not.toContain(decisionId);
    expect(recordQaReview({ lead: otherLead, decisionId, verdict: "agree", note: "" }, { db })).toEqual({
      ok: false,
      error: "already_reviewed",
    });
  });

  it("refuses a lead's review of their own decision", () => {
    const { decisionId } = decided(lead);
    expect(recordQaReview({ lead, decisionId, verdict: "agree", note: "" }, { db })).toEqual({ ok: false, error: "own_decision" });
    expect(recordQaReview({ lead: otherLead, decisionId, verdict: "agree", note: "" }, { db })).toEqual({ ok: true });
  });

  it("reopens the filing on an overturn and keeps the decision in the log", () => {
    const { filing, decisionId } = decided(reviewer);
    expect(recordQaReview({ lead, decisionId, verdict: "overturn", note: "" }, { db })).toEqual({ ok: false, error: "needs_note" });
    expect(recordQaReview({ lead, decisionId, verdict: "overturn", note: "域名所有者与主体不一致，不应通过" }, { db })).toEqual({
      ok: true,
    });
    expect(db.$client.prepare("SELECT status, claimed_by FROM filings WHERE id = ?").get(filing.id)).toEqual({
      status: "pending",
      claimed_by: null,
    });
    expect(db.$client.prepare("SELECT outcome FROM decisions WHERE id = ?").get(decisionId)).toEqual({ outcome: "approved" });
    const events = db.$client
      .prepare("SELECT action FROM audit_events WHERE filing_id = ? ORDER BY id")
      .all(filing.id)
      .map((e) => (e as { action: string }).action);
    expect(events).toEqual(["filing.decided", "filing.reopened", "filing.qa_reviewed"]);
  });
});
