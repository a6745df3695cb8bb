import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/db/testing/temp-db";

describe("append-only tables", () => {
  const { db, cleanup } = createTempDb();
  const sqlite = db.$client;

  beforeAll(() => {
    sqlite.exec(`
      INSERT INTO users (id, email, name, role, password_hash, active, created_at) VALUES (1, 'r@example.com', 'R', 'reviewer', 'x', 1, 0);
      INSERT INTO reasons (code, zh, en, fix_zh, fix_en, active, sort_order) VALUES ('OTHER', '其他', 'Other', '改', 'Fix', 1, 0);
      INSERT INTO filings (id, external_id, current_revision, current_revision_id, status, type, province, subject_kind, subject_name,
        certificate_number, principal_name, principal_mobile, domains, submitted_at, sla_due_at, error_count, warning_count,
        worst_severity, version, updated_at) VALUES (1, 'T1', 1, 1, 'rejected', 'new_filing', '北京', 'unit', 'S', 'C', 'P', 'M', 'd.cn', 0, 0, 0, 0, 0, 1, 0);
      INSERT INTO filing_revisions (id, filing_id, revision, document, received_at, rule_set_version) VALUES (1, 1, 1, '{}', 0, 'v');
      INSERT INTO decisions (id, filing_id, revision_id, revision, reviewer_id, outcome, decided_at, province) VALUES (1, 1, 1, 1, 1, 'rejected', 0, '北京');
      INSERT INTO decision_reasons (decision_id, code) VALUES (1, 'OTHER');
      INSERT INTO qa_reviews (decision_id, lead_id, verdict, created_at) VALUES (1, 1, 'agree', 0);
      INSERT INTO audit_events (at, action) VALUES (0, 'filing.decided');
    `);
  });
  afterAll(cleanup);

  it.each([
    ["UPDATE decisions SET outcome = 'approved'"],
    ["DELETE FROM decisions"],
    ["UPDATE decision_reasons SET code = 'OTHER'"],
    ["DELETE FROM decision_reasons"],
    ["UPDATE qa_reviews SET verdict = 'overturn'"],
    ["DELETE FROM qa_reviews"],
    ["UPDATE audit_events SET action = 'x'"],
    ["DELETE FROM audit_events"],
    ["DELETE FROM reasons"],
  ])("%s fails", (statement) => {
    expect(() => sqlite.exec(statement)).toThrow(/append-only|never deleted/);
  });

  it("still accepts new rows", () => {
    sqlite.exec("INSERT INTO audit_events (at, action) VALUES (1, 'filing.claimed')");
    expect(sqlite.prepare("SELECT count(*) AS n FROM audit_events").get()).toEqual({ n: 2 });
  });

  it("keeps the rows it refused to change", () => {
    expect(sqlite.prepare("SELECT outcome FROM decisions WHERE id = 1").get()).toEqual({ outcome: "rejected" });
  });
});
