import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { filingRevisions, filings } from "@/db/schema";
import { makeFiling, makeUser } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import { getQueue, QUEUE_TOTAL_CAP, type QueueCursor } from "@/db/queries/queue";
import { queueWhere } from "@/db/queries/queue-filters";
import { parseQueueParams, QUEUE_SORTS } from "@/lib/domain/queue/params";

const NOW = Date.parse("2026-11-25T12:00:00+08:00");
const BASE = Date.parse("2026-11-20T09:00:00+08:00");
const PROVINCES = ["北京", "广东", "西藏"];

/** sqlite_stat1 as sampled at 100 000 filings (the bench's database). */
const SAMPLED_STATISTICS = {
  filing_contacts: { filing_contacts_filing_idx: "234115 3", filing_contacts_kind_value_idx: "234115 401 1" },
  filings: {
    filings_certificate_idx: "100000 1",
    filings_claimed_by_idx: "100000 401 401",
    filings_external_id_unique: "100000 1",
    filings_principal_mobile_idx: "100000 1",
    filings_status_document_check_sla_idx: "100000 401 201 1 1 1 1",
    filings_status_kind_sla_idx: "100000 401 401 1 1 1 1",
    filings_status_province_sla_idx: "100000 401 401 1 1 1 1",
    filings_status_severity_submitted_idx: "100000 401 401 1 1 1 1",
    filings_status_sla_idx: "100000 401 1 1 1 1",
    filings_status_submitted_idx: "100000 401 1 1 1 1",
    filings_status_type_sla_idx: "100000 401 401 1 1 1 1",
    filings_subject_name_idx: "100000 2",
  },
};

describe("queue pages and totals", () => {
  const { db, dir, cleanup } = createTempDb();
  let me: { id: number; email: string; name: string };
  let other: { id: number; email: string; name: string };
  beforeAll(async () => {
    me = await makeUser(db);
    other = await makeUser(db);
    // 80 filings in groups of four with the same submission time (ties on every time sort),
    // three provinces, mixed severities, statuses and claims (live, expired, mine, others').
    for (let i = 0; i < 80; i++) {
      const v =
        i % 3 === 0 ? [{ rule: "R1", severity: "error" as const }] : i % 3 === 1 ? [{ rule: "R2", severity: "warning" as const }] : [];
      makeFiling(db, {
        externalId: `Q${String((i * 37) % 80).padStart(3, "0")}`,
        province: PROVINCES[i % 3],
        subjectKind: i % 5 === 0 ? "individual" : "unit",
        submittedAt: BASE + Math.floor(i / 4) * 60_000,
        status: i % 11 === 0 ? "approved" : i % 13 === 0 ? "rejected" : "pending",
        claimedBy: i % 7 === 0 ? other.id : i % 9 === 0 ? me.id : null,
        claimExpiresAt: i % 14 === 0 ? NOW - 1 : NOW + 60_000,
        violations: v,
      });
    }
  });
  afterAll(cleanup);

  const ctx = () => ({ userId: me.id, now: NOW });
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

  it("finds page N by keyset exactly as by offset, for every sort and direction, ties included", () => {
    for (const sort of QUEUE_SORTS) {
      for (const dir of ["asc", "desc"]) {
        const at = (page: number, cursor?: QueueCursor) =>
          getQueue(db, parseQueueParams({ sort, dir, status: "all", assignee: "any", page: String(page) }), ctx(), cursor);
        const byOffset = [1, 2, 3, 4].map((page) => at(page));
        expect(byOffset[3].rows, `${sort} ${dir}: 80 rows fill three pages of 25 and a bit`).toHaveLength(5);
        for (let page = 2; page <= 4; page++) {
          const previous = byOffset[page - 2].rows;
          const forward = at(page, { after: previous[previous.length - 1].id });
          expect(ids(forward.rows), `${sort} ${dir} page ${page} after`).toEqual(ids(byOffset[page - 1].rows));
          expect(forward.hasMore).toBe(page < 4);
        }
        for (let page = 3; page >= 2; page--) {
          const backward = at(page, { before: byOffset[page].rows[0].id });
          expect(ids(backward.rows), `${sort} ${dir} page ${page} before`).toEqual(ids(byOffset[page - 1].rows));
        }
        // Back from page 2 lands on the first page.
        const first = at(2, { before: byOffset[1].rows[0].id });
        expect(first.page).toBe(1);
        expect(ids(first.rows)).toEqual(ids(byOffset[0].rows));
      }
    }
  });

  it("returns every column of a row under its own name", () => {
    const page = getQueue(db, parseQueueParams({ status: "all", assignee: "any", sort: "externalId" }), ctx());
    for (const row of page.rows) {
      const f = db.select().from(filings).where(eq(filings.id, row.id)).get()!;
      const live = f.claimedBy !== null && (f.claimExpiresAt ?? 0) > NOW;
      const holder = live ? [me, other].find((u) => u.id === f.claimedBy) : undefined;
      expect(row).toEqual({
        id: f.id,
        externalId: f.externalId,
        revision: f.currentRevision,
        type: f.type,
        province: f.province,
        subjectKind: f.subjectKind,
        subjectName: f.subjectName,
        certificateNumber: f.certificateNumber,
        errorCount: f.errorCount,
        warningCount: f.warningCount,
        worstSeverity: f.worstSeverity,
        submittedAt: f.submittedAt,
        slaDueAt: f.slaDueAt,
        status: f.status,
        documentCheck: f.documentCheck,
        holderEmail: holder ? holder.email : null,
        holderName: holder ? holder.name : null,
      });
    }
  });

  it("ignores a cursor on page 1 and one whose filing does not exist", () => {
    const params = parseQueueParams({ status: "all", assignee: "any" });
    const plain = getQueue(db, params, ctx());
    expect(ids(getQueue(db, params, ctx(), { after: plain.rows[3].id }).rows)).toEqual(ids(plain.rows));
    const second = parseQueueParams({ status: "all", assignee: "any", page: "2" });
    expect(ids(getQueue(db, second, ctx(), { after: 999_999 }).rows)).toEqual(ids(getQueue(db, second, ctx()).rows));
  });

  const views: Record<string, string>[] = [
    {},
    { assignee: "any" },
    { assignee: "me" },
    { assignee: "unassigned" },
    { status: "all" },
    { status: "approved", assignee: "any" },
    { status: "all", assignee: "unassigned" },
    { province: "广东" },
    { province: "广东,西藏", severity: "error" },
    { severity: "clean", kind: "individual" },
    { severity: "warning", type: "new_filing" },
    { documentCheck: "done" },
    { q: "Q01" },
  ];

  function exactCount(db: Db, view: Record<string, string>): number {
    return db
      .select({ n: count() })
      .from(filings)
      .where(queueWhere(parseQueueParams(view), ctx()))
      .get()!.n;
  }

  it("totals from the maintained counts equal a count over every matching filing", () => {
    for (const view of views) {
      const page = getQueue(db, parseQueueParams(view), ctx());
      expect(page.total, JSON.stringify(view)).toBe(exactCount(db, view));
      expect(page.totalCapped).toBe(false);
    }
  });

  it("finds a filing by its whole order number through the index, and by part of one through the text index", () => {
    const all = { status: "all", assignee: "any" };
    // An order number of the real kind: its digits also make the search try it as a mobile.
    const real = makeFiling(db, { externalId: "TC20261118050122" });
    const other = openDatabase(path.join(dir, "test.db"));
    // The statistics PRAGMA optimize samples on a grown queue (analysis_limit 400): every status
    // looks like ≈ 400 filings, which made walking the SLA index look cheaper than sorting a few rows.
    other.$client.exec("ANALYZE");
    other.$client.exec("DELETE FROM sqlite_stat1 WHERE tbl IN ('filings', 'filing_contacts')");
    const sampled = other.$client.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)");
    for (const [table, indexes] of Object.entries(SAMPLED_STATISTICS))
      for (const [index, stat] of Object.entries(indexes)) sampled.run(table, index, stat);
    other.$client.exec("ANALYZE sqlite_schema");
    const prepared: string[] = [];
    const prepare = other.$client.prepare.bind(other.$client);
    other.$client.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof other.$client.prepare;
    try {
      const whole = getQueue(other, parseQueueParams({ q: "TC20261118050122" }), ctx());
      expect(whole.rows.map((r) => r.externalId)).toEqual(["TC20261118050122"]);
      expect(whole.total).toBe(1);
      expect(getQueue(other, parseQueueParams({ q: "Q017", ...all }), ctx()).rows.map((r) => r.externalId)).toEqual(["Q017"]);
      // Every order number shares its leading trigrams: the whole one must not go through them,
      // nor walk the queue's sort index over every pending filing to avoid sorting its one row.
      expect(prepared.filter((source) => source.includes("filings_fts"))).toEqual([]);
      const rowsStatement = prepared.find((source) => source.includes("order by") && source.includes("filing_contacts"))!;
      const plan = other.$client
        .prepare(`EXPLAIN QUERY PLAN ${rowsStatement}`)
        .all(
          ...rowsStatement
            .split("?")
            .slice(1)
            .map(() => null),
        )
        .map((step) => (step as { detail: string }).detail);
      expect(plan).toContain("MULTI-INDEX OR");
      expect(plan.join("\n")).not.toMatch(/sla_idx|submitted_idx/);
      const part = getQueue(other, parseQueueParams({ q: "Q01", ...all }), ctx());
      expect(part.rows.map((r) => r.externalId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Q01${i}`));
      // Not an order number of any filing: the substring search as before.
      expect(getQueue(other, parseQueueParams({ q: "Q0170", ...all }), ctx()).total).toBe(0);
    } finally {
      other.$client.exec("ANALYZE");
      other.$client.close();
      db.delete(filingRevisions).where(eq(filingRevisions.filingId, real.id)).run();
      db.delete(filings).where(eq(filings.id, real.id)).run();
    }
  });

  it("gives every view the rows and total a fresh connection gives, whatever views the connection served before", () => {
    // Statements are prepared once per shape and reused (prepared-once.ts): two views whose SQL
    // differs must never share one. Same-sized filters on different columns, a short search and a
    // long one, dates, every assignee, both directions.
    const shapes: Record<string, string>[] = [
      ...views,
      { type: "new_filing" },
      { kind: "unit" },
      { province: "北京" },
      { q: "Q0" },
      { q: "Q07" },
      { q: "Q017" },
      { q: "13800138000" },
      { from: "2026-11-20", to: "2026-11-20" },
      { from: "2026-11-20", sort: "submitted", dir: "desc" },
      { sort: "flags", dir: "asc", assignee: "unassigned" },
      { sort: "province", page: "2", status: "all", assignee: "any" },
    ];
    const fresh = (view: Record<string, string>) => {
      const other = openDatabase(path.join(dir, "test.db"));
      try {
        return getQueue(other, parseQueueParams(view), ctx());
      } finally {
        other.$client.close();
      }
    };
    const expected = shapes.map(fresh);
    for (const order of [shapes.keys(), [...shapes.keys()].reverse()]) {
      for (const i of order) {
        const page = getQueue(db, parseQueueParams(shapes[i]), ctx());
        expect({ ids: ids(page.rows), total: page.total }, JSON.stringify(shapes[i])).toEqual({
          ids: ids(expected[i].rows),
          total: expected[i].total,
        });
      }
    }
  });

  it("keeps the counts exact through decisions, rule re-runs, document checks, new and removed filings", () => {
    const [a, b, c] = db.select({ id: filings.id }).from(filings).where(eq(filings.status, "pending")).limit(3).all();
    db.update(filings).set({ status: "approved" }).where(eq(filings.id, a.id)).run();
    db.update(filings).set({ worstSeverity: 2, errorCount: 1 }).where(eq(filings.id, b.id)).run();
    db.update(filings).set({ documentCheck: "failed", province: "西藏" }).where(eq(filings.id, c.id)).run();
    // A claim changes no counted column: the counts stay, the totals follow the claim.
    db.update(filings)
      .set({ claimedBy: other.id, claimExpiresAt: NOW + 60_000 })
      .where(eq(filings.id, b.id))
      .run();
    makeFiling(db, { province: "广东" });
    const removed = makeFiling(db, { province: "北京" });
    db.delete(filingRevisions).where(eq(filingRevisions.filingId, removed.id)).run();
    db.delete(filings).where(eq(filings.id, removed.id)).run();
    for (const view of views) expect(getQueue(db, parseQueueParams(view), ctx()).total, JSON.stringify(view)).toBe(exactCount(db, view));
  });
});

describe("queue totals past the cap", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);

  it("counts a date range exactly up to the cap and says so beyond it; facet views stay exact", () => {
    const submittedAt = Date.parse("2026-11-20T09:00:00+08:00");
    const first = makeFiling(db, { submittedAt });
    // QUEUE_TOTAL_CAP + 1 copies in one statement (a factory call per row would take minutes).
    db.run(sql`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= ${QUEUE_TOTAL_CAP})
      INSERT INTO filings (external_id, current_revision, current_revision_id, status, type, province, subject_kind,
        subject_name, certificate_number, principal_name, principal_mobile, domains, account_id, document_check,
        submitted_at, sla_due_at, error_count, warning_count, worst_severity, claimed_by, claimed_at, claim_expires_at,
        version, updated_at)
      SELECT external_id || '-' || i, current_revision, current_revision_id, status, type, province, subject_kind,
        subject_name, certificate_number, principal_name, principal_mobile, domains, account_id, document_check,
        submitted_at, sla_due_at, error_count, warning_count, worst_severity, claimed_by, claimed_at, claim_expires_at,
        version, updated_at
      FROM filings, n WHERE filings.id = ${first.id}`);
    const ctx = { userId: 1, now: NOW };
    const all = QUEUE_TOTAL_CAP + 2;
    const byDate = getQueue(db, parseQueueParams({ from: "2026-11-20", to: "2026-11-20" }), ctx);
    expect(byDate).toMatchObject({ total: QUEUE_TOTAL_CAP, totalCapped: true, hasMore: true });
    expect(byDate.rows).toHaveLength(25);
    expect(getQueue(db, parseQueueParams({}), ctx)).toMatchObject({ total: all, totalCapped: false });
    expect(getQueue(db, parseQueueParams({ province: "北京" }), ctx)).toMatchObject({ total: all, totalCapped: false });
    // Below the cap a date range is counted exactly.
    expect(getQueue(db, parseQueueParams({ from: "2026-11-21" }), ctx)).toMatchObject({ total: 0, totalCapped: false });
  });
});
