import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUpstreamView } from "@/db/queries/upstream-view";
import { makeFiling, makeUser, withReasons } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import { recordDocumentViews } from "../views/document-views";
import { decide } from "./decide";
import { listHeldDecisions, releaseDueDecisions, undoDecision } from "./undo-window";

const HOLD = 120_000;

describe("the undo window", () => {
  const { db, cleanup } = createTempDb();
  let reviewer: { id: number; email: string };
  const t0 = Date.now();
  beforeAll(async () => {
    withReasons(db);
    reviewer = await makeUser(db);
  });
  afterAll(cleanup);

  const decided = (at = t0) => {
    const filing = makeFiling(db, { claimedBy: reviewer.id, claimExpiresAt: at + 60_000 });
    const result = decide(
      reviewer,
      { filingId: filing.id, revision: 1, outcome: "approved" },
      { db, now: at, sampled: false, holdMs: HOLD },
    );
    if (!result.ok) throw new Error(result.error);
    return { filing, decisionId: result.decisionId };
  };
  const status = (id: number) =>
    db.$client.prepare("SELECT status, claimed_by AS claimedBy FROM filings WHERE id = ?").get(id) as {
      status: string;
      claimedBy: number | null;
    };

  it("holds the decision: upstream still sees the filing pending until the window closes", () => {
    const { filing } = decided();
    expect(getUpstreamView(db, filing.externalId, t0 + 1000)).toMatchObject({ status: "pending", decision: null });
    expect(getUpstreamView(db, filing.externalId, t0 + HOLD + 1)).toMatchObject({ status: "approved", decision: { outcome: "approved" } });
  });

  it("undo within the window is recorded, never deletes, and hands the claim back", () => {
    const { filing, decisionId } = decided();
    expect(listHeldDecisions(reviewer, { db, now: t0 + 1000 }).map((d) => d.id)).toContain(decisionId);
    expect(undoDecision(reviewer, decisionId, { db, now: t0 + 5000 })).toEqual({ ok: true, filingId: filing.id });
    expect(status(filing.id)).toEqual({ status: "pending", claimedBy: reviewer.id });
    expect(db.$client.prepare("SELECT count(*) AS n FROM decisions WHERE id = ?").get(decisionId)).toEqual({ n: 1 });
    expect(getUpstreamView(db, filing.externalId, t0 + HOLD + 1)).toMatchObject({ status: "pending", decision: null });
    expect(undoDecision(reviewer, decisionId, { db, now: t0 + 6000 })).toEqual({ ok: false, error: "already_undone" });
    // Append-only: the undo cannot be taken back by rewriting it.
    expect(() => db.$client.prepare("DELETE FROM decision_undos WHERE decision_id = ?").run(decisionId)).toThrow(/append-only/);
  });

  it("refuses an undo after release, and another reviewer's undo", async () => {
    const { decisionId } = decided();
    const other = await makeUser(db);
    expect(undoDecision(other, decisionId, { db, now: t0 + 1000 })).toEqual({ ok: false, error: "not_yours" });
    expect(undoDecision(reviewer, decisionId, { db, now: t0 + HOLD })).toEqual({ ok: false, error: "released" });
  });

  it("releases held decisions at the window's end, once, even after a restart in between", () => {
    const { filing, decisionId } = decided(t0 + 10_000_000);
    const released = () =>
      (db.$client.prepare("SELECT count(*) AS n FROM decision_releases WHERE decision_id = ?").get(decisionId) as { n: number }).n;
    // Not before the window closes (earlier decisions of this file may be released meanwhile).
    releaseDueDecisions({ db, now: t0 + 10_000_000 + HOLD - 1 });
    expect(released()).toBe(0);
    // The server was down when the window closed; the first tick after it starts releases it.
    const later = t0 + 10_000_000 + HOLD * 10;
    expect(releaseDueDecisions({ db, now: later })).toBeGreaterThanOrEqual(1);
    expect(releaseDueDecisions({ db, now: later + 1 })).toBe(0);
    expect(released()).toBe(1);
    expect(getUpstreamView(db, filing.externalId, later)).toMatchObject({ status: "approved" });
  });

  it("releases at once with no window", () => {
    const filing = makeFiling(db, { claimedBy: reviewer.id });
    const result = decide(reviewer, { filingId: filing.id, revision: 1, outcome: "approved" }, { db, now: t0, sampled: false, holdMs: 0 });
    expect(result.ok).toBe(true);
    expect(getUpstreamView(db, filing.externalId, t0)).toMatchObject({ status: "approved" });
  });
});

describe("what the reviewer looked at", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);

  it("records views append-only, counts them per decision, and samples a decision that skipped a flagged document", async () => {
    withReasons(db);
    const reviewer = await makeUser(db);
    const filing = makeFiling(db, {
      claimedBy: reviewer.id,
      blobs: ["a".repeat(64), "b".repeat(64), "c".repeat(64)],
      violations: [{ rule: "IMAGE_TOO_SMALL", severity: "warning", path: "materials[2]", material: 2 }],
    });
    expect(
      recordDocumentViews(
        reviewer,
        filing.id,
        [
          { material: 0, openedAt: Date.now() - 9000, seconds: 8.6 },
          { material: 7, openedAt: Date.now(), seconds: 3 },
        ],
        { db },
      ),
    ).toBe(1);
    expect(() => db.$client.prepare("UPDATE document_views SET seconds = 0").run()).toThrow(/append-only/);
    const result = decide(reviewer, { filingId: filing.id, revision: 1, outcome: "approved" }, { db, sampled: false, holdMs: 0 });
    expect(result.ok).toBe(true);
    const row = db.$client
      .prepare(
        "SELECT documents_opened AS opened, documents_total AS total, flagged_unopened AS unopened, qa_sampled AS sampled FROM decisions WHERE filing_id = ?",
      )
      .get(filing.id);
    expect(row).toEqual({ opened: 1, total: 3, unopened: 1, sampled: 1 });
  });
});
