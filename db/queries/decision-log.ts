import "server-only";
import type { AuditParams } from "@/lib/audit/params";
import type { Db } from "../client";

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

export interface DecisionLogRow {
  decisionId: number;
  decidedAt: number;
  filingId: number;
  externalId: string;
  revision: number;
  province: string;
  reviewerEmail: string;
  reviewerName: string;
  outcome: "approved" | "rejected";
  reasons: string;
  overrideCount: number;
  handlingMs: number | null;
  qa: "agreed" | "overturned" | "pending" | null;
}

/** Builds the WHERE clause of the decision log with bound parameters; every filter has an index or is cheap. */
function where(params: AuditParams): { sql: string; args: (string | number)[] } {
  const clauses: string[] = [];
  const args: (string | number)[] = [];
  if (params.reviewer) {
    clauses.push("u.email = ?");
    args.push(params.reviewer.toLowerCase());
  }
  if (params.outcome) {
    clauses.push("d.outcome = ?");
    args.push(params.outcome);
  }
  if (params.province) {
    clauses.push("d.province = ?");
    args.push(params.province);
  }
  if (params.from) {
    clauses.push("d.decided_at >= ?");
    args.push(Date.parse(`${params.from}T00:00:00Z`) - CST_OFFSET_MS);
  }
  if (params.to) {
    clauses.push("d.decided_at < ?");
    args.push(Date.parse(`${params.to}T00:00:00Z`) - CST_OFFSET_MS + DAY_MS);
  }
  if (params.overrides === "yes") clauses.push("d.override_count > 0");
  if (params.overrides === "no") clauses.push("d.override_count = 0");
  if (params.qa === "agreed") clauses.push("q.verdict = 'agree'");
  if (params.qa === "overturned") clauses.push("q.verdict = 'overturn'");
  if (params.qa === "pending") clauses.push("q.id IS NULL AND d.qa_sampled = 1");
  if (params.qa === "none") clauses.push("q.id IS NULL");
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", args };
}

const SELECT = `
  SELECT d.id AS decisionId, d.decided_at AS decidedAt, d.filing_id AS filingId, f.external_id AS externalId, d.revision,
         d.province, u.email AS reviewerEmail, u.name AS reviewerName, d.outcome,
         COALESCE((SELECT group_concat(code, ';') FROM (SELECT DISTINCT code FROM decision_reasons r WHERE r.decision_id = d.id)), '') AS reasons,
         d.override_count AS overrideCount,
         CASE WHEN d.claimed_at IS NULL THEN NULL ELSE d.decided_at - d.claimed_at END AS handlingMs,
         CASE q.verdict WHEN 'agree' THEN 'agreed' WHEN 'overturn' THEN 'overturned' ELSE CASE WHEN d.qa_sampled = 1 THEN 'pending' END END AS qa
    FROM decisions d
    JOIN users u ON u.id = d.reviewer_id
    JOIN filings f ON f.id = d.filing_id
    LEFT JOIN qa_reviews q ON q.decision_id = d.id`;

export function getDecisionLog(db: Db, params: AuditParams, pageSize: number): { rows: DecisionLogRow[]; total: number } {
  const w = where(params);
  const rows = db.$client
    .prepare<(string | number)[], DecisionLogRow>(`${SELECT} ${w.sql} ORDER BY d.decided_at DESC, d.id DESC LIMIT ? OFFSET ?`)
    .all(...w.args, pageSize, (params.page - 1) * pageSize);
  const total = (
    db.$client
      .prepare<(string | number)[], { n: number }>(
        `SELECT count(*) AS n FROM decisions d JOIN users u ON u.id = d.reviewer_id LEFT JOIN qa_reviews q ON q.decision_id = d.id ${w.sql}`,
      )
      .get(...w.args) ?? { n: 0 }
  ).n;
  return { rows, total };
}

/** Every matching row, one at a time: the CSV export streams instead of building the file in memory. */
export function iterateDecisionLog(db: Db, params: AuditParams): IterableIterator<DecisionLogRow> {
  const w = where(params);
  return db.$client.prepare<(string | number)[], DecisionLogRow>(`${SELECT} ${w.sql} ORDER BY d.decided_at DESC, d.id DESC`).iterate(...w.args);
}

export function getReviewers(db: Db): { email: string; name: string }[] {
  return db.$client.prepare<[], { email: string; name: string }>(`SELECT email, name FROM users ORDER BY name`).all();
}
