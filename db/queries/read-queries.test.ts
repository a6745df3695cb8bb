import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditParams } from "@/lib/domain/audit/params";
import { makeFiling, makeUser, withReasons } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import type { Db } from "@/db/client";
import { decisionReasons, decisions, qaReviews, violations } from "@/db/schema";
import { getDecisionLog, getReviewers, iterateDecisionLog } from "@/db/queries/decision-log";
import { getQaQueue } from "@/db/queries/qa-queue";
import { getReviewerStats } from "@/db/queries/stats";
import { getUpstreamView } from "@/db/queries/upstream-view";
import { getWorkspace } from "@/db/queries/workspace";

// Decisions are written with drizzle directly: these tests are about reading them back, and
// need decided_at values the claim checks of the decide service would refuse.
function decision(
  db: Db,
  filing: { id: number; currentRevisionId: number; province: string },
  values: {
    reviewerId: number;
    outcome: "approved" | "rejected";
    decidedAt: number;
    claimedAt?: number | null;
    qaSampled?: boolean;
    overrideCount?: number;
  },
  reasons: { code: string; field?: string | null; material?: number | null; note?: string }[] = [],
) {
  const { id } = db
    .insert(decisions)
    .values({
      filingId: filing.id,
      revisionId: filing.currentRevisionId,
      revision: 1,
      reviewerId: values.reviewerId,
      outcome: values.outcome,
      note: `${values.outcome} note`,
      internalNote: "internal",
      claimedAt: values.claimedAt ?? null,
      decidedAt: values.decidedAt,
      overrideCount: values.overrideCount ?? 0,
      qaSampled: values.qaSampled ?? false,
      province: filing.province,
    })
    .returning({ id: decisions.id })
    .get();
  if (reasons.length > 0) {
    db.insert(decisionReasons)
      .values(
        reasons.map((r) => ({
          decisionId: id,
          code: r.code,
          field: r.field ?? null,
          materialIndex: r.material ?? null,
          note: r.note ?? "",
        })),
      )
      .run();
  }
  return id;
}

const at = (iso: string) => Date.parse(iso);

describe("read queries", () => {
  const { db, cleanup } = createTempDb();
  let reviewer: { id: number; email: string; name: string };
  let lead: { id: number; email: string; name: string };
  let rejected: ReturnType<typeof makeFiling>;
  let approved: ReturnType<typeof makeFiling>;
  let reopened: ReturnType<typeof makeFiling>;
  let lateEvening: number;
  let pastMidnight: number;
  let overturned: number;
  let unsampled: number;

  beforeAll(async () => {
    withReasons(db);
    reviewer = await makeUser(db);
    lead = await makeUser(db, "lead");

    rejected = makeFiling(db, {
      externalId: "RQ-REJECTED",
      province: "甘肃",
      status: "rejected",
      violations: [
        { rule: "ADDRESS_NOT_DETAILED", severity: "warning", path: "subject.address" },
        { rule: "MOBILE_INVALID", severity: "error", path: "principal.mobile" },
      ],
    });
    // Evidence of an earlier check: kept in the table, never shown as standing.
    db.insert(violations)
      .values({
        revisionId: rejected.currentRevisionId,
        rule: "OLD_RULE",
        severity: "error",
        path: "x",
        materialIndex: null,
        reason: "INFO_MISMATCH",
        messageZh: "旧",
        messageEn: "old",
        ruleSetVersion: "old",
        supersededAt: 1,
      })
      .run();
    lateEvening = decision(
      db,
      rejected,
      {
        reviewerId: reviewer.id,
        outcome: "rejected",
        decidedAt: at("2026-11-20T23:30:00+08:00"),
        claimedAt: at("2026-11-20T23:29:00+08:00"),
        qaSampled: true,
      },
      [
        { code: "INFO_MISMATCH", field: "principal.mobile", note: "号码不符" },
        { code: "CERT_UNCLEAR", material: 0 },
        { code: "INFO_MISMATCH", field: "subject.address" },
      ],
    );

    approved = makeFiling(db, { externalId: "RQ-APPROVED", province: "甘肃", status: "approved" });
    pastMidnight = decision(db, approved, {
      reviewerId: reviewer.id,
      outcome: "approved",
      decidedAt: at("2026-11-21T00:30:00+08:00"),
      qaSampled: true,
      overrideCount: 1,
    });

    reopened = makeFiling(db, { externalId: "RQ-REOPENED", province: "甘肃", status: "pending" });
    overturned = decision(db, reopened, {
      reviewerId: reviewer.id,
      outcome: "approved",
      decidedAt: at("2026-11-19T10:00:00+08:00"),
      qaSampled: true,
    });
    db.insert(qaReviews)
      .values({
        decisionId: overturned,
        leadId: lead.id,
        verdict: "overturn",
        note: "不应通过",
        createdAt: at("2026-11-19T12:00:00+08:00"),
      })
      .run();

    const unsampledFiling = makeFiling(db, { externalId: "RQ-UNSAMPLED", province: "甘肃", status: "approved" });
    unsampled = decision(db, unsampledFiling, { reviewerId: lead.id, outcome: "approved", decidedAt: at("2026-11-18T10:00:00+08:00") });
  });
  afterAll(cleanup);

  it("reads a filing's workspace: standing violations errors first, decisions with reasons and second review", () => {
    const workspace = getWorkspace(db, rejected.id);
    expect(workspace).toMatchObject({
      id: rejected.id,
      externalId: "RQ-REJECTED",
      revision: 1,
      revisionId: rejected.currentRevisionId,
      status: "rejected",
      province: "甘肃",
      type: "new_filing",
      subjectKind: "unit",
      submittedAt: rejected.submittedAt,
      slaDueAt: rejected.slaDueAt,
      receivedAt: rejected.submittedAt,
      ruleSetVersion: "test",
      document: {},
      holder: null,
      materials: [],
      revisions: [{ revision: 1, id: rejected.currentRevisionId, receivedAt: rejected.submittedAt }],
    });
    expect(workspace!.violations).toEqual([
      {
        id: expect.any(Number),
        rule: "MOBILE_INVALID",
        severity: "error",
        path: "principal.mobile",
        material: null,
        reason: "INFO_MISMATCH",
        message: { zh: "测试", en: "test" },
        ruleSetVersion: "test",
      },
      {
        id: expect.any(Number),
        rule: "ADDRESS_NOT_DETAILED",
        severity: "warning",
        path: "subject.address",
        material: null,
        reason: "INFO_MISMATCH",
        message: { zh: "测试", en: "test" },
        ruleSetVersion: "test",
      },
    ]);
    expect(workspace!.decisions).toEqual([
      {
        id: lateEvening,
        revision: 1,
        outcome: "rejected",
        note: "rejected note",
        internalNote: "internal",
        decidedAt: at("2026-11-20T23:30:00+08:00"),
        reviewerId: reviewer.id,
        reviewerEmail: reviewer.email,
        reviewerName: reviewer.name,
        overrideCount: 0,
        holdUntil: 0,
        undone: false,
        reasons: [
          { code: "INFO_MISMATCH", field: "principal.mobile", material: null, note: "号码不符" },
          { code: "CERT_UNCLEAR", field: null, material: 0, note: "" },
          { code: "INFO_MISMATCH", field: "subject.address", material: null, note: "" },
        ],
        qa: null,
      },
    ]);
    expect(getWorkspace(db, reopened.id)!.decisions).toEqual([
      expect.objectContaining({
        id: overturned,
        reasons: [],
        qa: {
          verdict: "overturn",
          note: "不应通过",
          leadEmail: lead.email,
          leadName: lead.name,
          createdAt: at("2026-11-19T12:00:00+08:00"),
        },
      }),
    ]);
    expect(getWorkspace(db, 999_999)).toBeNull();
  });

  it("shows the holder of a live claim only", () => {
    const now = Date.now();
    const held = makeFiling(db, { claimedBy: reviewer.id, claimExpiresAt: now + 60_000 });
    expect(getWorkspace(db, held.id, now)!.holder).toEqual({
      id: reviewer.id,
      email: reviewer.email,
      name: reviewer.name,
      expiresAt: now + 60_000,
    });
    expect(getWorkspace(db, held.id, now + 60_000)!.holder).toBeNull();
  });

  it("lists the decision log newest first with reasons, handling time and second-review state", () => {
    const { rows, total } = getDecisionLog(db, parseAuditParams({}), 50);
    expect(total).toBe(4);
    expect(rows.map((r) => r.decisionId)).toEqual([pastMidnight, lateEvening, overturned, unsampled]);
    const { reasons, ...row } = rows[1];
    expect(row).toEqual({
      decisionId: lateEvening,
      decidedAt: at("2026-11-20T23:30:00+08:00"),
      filingId: rejected.id,
      externalId: "RQ-REJECTED",
      revision: 1,
      province: "甘肃",
      reviewerEmail: reviewer.email,
      reviewerName: reviewer.name,
      outcome: "rejected",
      overrideCount: 0,
      documentsOpened: 0,
      documentsTotal: 0,
      flaggedUnopened: 0,
      handlingMs: 60_000,
      qa: "pending",
    });
    // Each code once, however many fields it was chosen for.
    expect(reasons.split(";").sort()).toEqual(["CERT_UNCLEAR", "INFO_MISMATCH"]);
    expect(rows.map((r) => [r.reasons, r.handlingMs, r.qa])).toEqual([
      ["", null, "pending"],
      [reasons, 60_000, "pending"],
      ["", null, "overturned"],
      ["", null, null],
    ]);
  });

  it("filters the decision log by China calendar day", () => {
    const day = (from: string, to: string) => getDecisionLog(db, parseAuditParams({ from, to }), 50);
    // 23:30 in Beijing is 15:30 UTC the same day; 00:30 the next morning is still 11-20 in UTC.
    expect(day("2026-11-20", "2026-11-20")).toEqual({ rows: [expect.objectContaining({ decisionId: lateEvening })], total: 1 });
    expect(day("2026-11-21", "2026-11-21")).toEqual({ rows: [expect.objectContaining({ decisionId: pastMidnight })], total: 1 });
    expect(getDecisionLog(db, parseAuditParams({ to: "2026-11-19" }), 50).rows.map((r) => r.decisionId)).toEqual([overturned, unsampled]);
    expect(getDecisionLog(db, parseAuditParams({ from: "2026-11-21" }), 50).rows.map((r) => r.decisionId)).toEqual([pastMidnight]);
  });

  it("filters the decision log by reviewer, outcome, overrides and second review, and pages", () => {
    const ids = (query: Record<string, string>, pageSize = 50) => getDecisionLog(db, parseAuditParams(query), pageSize);
    expect(ids({ reviewer: lead.email.toUpperCase() }).rows.map((r) => r.decisionId)).toEqual([unsampled]);
    expect(ids({ outcome: "rejected" }).rows.map((r) => r.decisionId)).toEqual([lateEvening]);
    expect(ids({ overrides: "yes" }).rows.map((r) => r.decisionId)).toEqual([pastMidnight]);
    expect(ids({ overrides: "no" }).total).toBe(3);
    expect(ids({ qa: "overturned" }).rows.map((r) => r.decisionId)).toEqual([overturned]);
    expect(ids({ qa: "agreed" })).toEqual({ rows: [], total: 0 });
    expect(ids({ qa: "pending" }).rows.map((r) => r.decisionId)).toEqual([pastMidnight, lateEvening]);
    expect(ids({ qa: "none" }).rows.map((r) => r.decisionId)).toEqual([pastMidnight, lateEvening, unsampled]);
    expect(ids({ page: "2" }, 3)).toEqual({ rows: [expect.objectContaining({ decisionId: unsampled })], total: 4 });
    expect([...iterateDecisionLog(db, parseAuditParams({ province: "甘肃" }))]).toEqual(ids({ province: "甘肃" }).rows);
    expect(getReviewers(db).map((r) => r.email)).toEqual(expect.arrayContaining([reviewer.email, lead.email]));
  });

  it("queues standing sampled decisions for second review, overrides first", () => {
    expect(getQaQueue(db)).toEqual([
      {
        decisionId: pastMidnight,
        filingId: approved.id,
        externalId: "RQ-APPROVED",
        province: "甘肃",
        outcome: "approved",
        reviewerEmail: reviewer.email,
        reviewerName: reviewer.name,
        decidedAt: at("2026-11-21T00:30:00+08:00"),
        overrideCount: 1,
      },
      expect.objectContaining({ decisionId: lateEvening, externalId: "RQ-REJECTED", outcome: "rejected", overrideCount: 0 }),
    ]);
    expect(getQaQueue(db, 1)).toHaveLength(1);
  });

  it("reads back what upstream sees: standing violations and the standing decision", () => {
    expect(getUpstreamView(db, "RQ-REJECTED")).toEqual({
      externalId: "RQ-REJECTED",
      revision: 1,
      status: "rejected",
      documentCheck: "done",
      violations: [
        {
          rule: "ADDRESS_NOT_DETAILED",
          severity: "warning",
          path: "subject.address",
          material: null,
          reason: "INFO_MISMATCH",
          message: { zh: "测试", en: "test" },
        },
        {
          rule: "MOBILE_INVALID",
          severity: "error",
          path: "principal.mobile",
          material: null,
          reason: "INFO_MISMATCH",
          message: { zh: "测试", en: "test" },
        },
      ],
      decision: {
        outcome: "rejected",
        reasons: [
          { code: "INFO_MISMATCH", field: "principal.mobile", material: null, note: "号码不符" },
          { code: "CERT_UNCLEAR", field: null, material: 0, note: "" },
          { code: "INFO_MISMATCH", field: "subject.address", material: null, note: "" },
        ],
        note: "rejected note",
        decidedAt: "2026-11-20T15:30:00.000Z",
      },
    });
    // Overturned and reopened: nothing stands until a new decision.
    expect(getUpstreamView(db, "RQ-REOPENED")).toEqual({
      externalId: "RQ-REOPENED",
      revision: 1,
      status: "pending",
      documentCheck: "done",
      violations: [],
      decision: null,
    });
    expect(getUpstreamView(db, "RQ-MISSING")).toBeNull();
  });

  it("skips an overturned decision even when the filing is not pending", () => {
    const filing = makeFiling(db, { externalId: "RQ-REDECIDED", status: "approved" });
    const standing = decision(db, filing, { reviewerId: reviewer.id, outcome: "approved", decidedAt: at("2026-11-22T09:00:00+08:00") }, []);
    const later = decision(db, filing, { reviewerId: reviewer.id, outcome: "rejected", decidedAt: at("2026-11-22T10:00:00+08:00") }, [
      { code: "INFO_MISMATCH" },
    ]);
    db.insert(qaReviews)
      .values({ decisionId: later, leadId: lead.id, verdict: "overturn", note: "x", createdAt: at("2026-11-22T11:00:00+08:00") })
      .run();
    expect(standing).toBeLessThan(later);
    expect(getUpstreamView(db, "RQ-REDECIDED")!.decision).toEqual({
      outcome: "approved",
      reasons: [],
      note: "approved note",
      decidedAt: "2026-11-22T01:00:00.000Z",
    });
  });

  it("sums per-reviewer figures over a window", () => {
    const stats = getReviewerStats(db, at("2026-11-19T00:00:00+08:00"), at("2026-11-22T00:00:00+08:00"));
    expect(stats).toEqual([
      {
        reviewerId: reviewer.id,
        email: reviewer.email,
        name: reviewer.name,
        decisions: 3,
        approvals: 2,
        rejections: 1,
        overrides: 1,
        qaReviewed: 1,
        qaAgreed: 0,
        qaOverturned: 1,
        medianMs: 60_000,
        p90Ms: 60_000,
        topReasons: [
          { code: "INFO_MISMATCH", count: 2 },
          { code: "CERT_UNCLEAR", count: 1 },
        ],
      },
    ]);
  });
});

describe("decision log export", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);

  it("streams every row once, in log order, across its internal pages", async () => {
    const reviewer = await makeUser(db);
    const filing = makeFiling(db, { status: "approved" });
    // Ties on decided_at straddle the page boundaries, so the keyset must fall back to the id.
    const base = at("2026-11-20T09:00:00+08:00");
    db.insert(decisions)
      .values(
        Array.from({ length: 1234 }, (_, i) => ({
          filingId: filing.id,
          revisionId: filing.currentRevisionId,
          revision: 1,
          reviewerId: reviewer.id,
          outcome: "approved" as const,
          decidedAt: base + Math.floor(i / 7) * 1000,
          province: filing.province,
        })),
      )
      .run();
    const params = parseAuditParams({});
    const iterator = iterateDecisionLog(db, params);
    const first = iterator.next();
    expect(first.done).toBe(false);
    const streamed = [first.value, ...iterator];
    const { rows, total } = getDecisionLog(db, params, 10_000);
    expect(total).toBe(1234);
    expect(streamed).toEqual(rows);
    expect(new Set(streamed.map((r) => r.decisionId)).size).toBe(1234);
  });
});
