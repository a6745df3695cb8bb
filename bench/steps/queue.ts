import type { Statement } from "better-sqlite3";
import { openDatabase, type Db } from "@/db/client";
import { getQueue } from "@/db/queries/queue";
import { getUserByEmail } from "@/db/queries/users";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { captureSql } from "@/bench/lib/capture-sql";
import { explain } from "@/bench/lib/explain";
import { progress } from "@/bench/lib/log";
import type { QueueResult } from "@/bench/lib/result";
import { elapsedMs, percentile, round } from "@/bench/lib/stats";
import { floorSql, queueCases, type FloorContext, type QueueCase, type SearchSample } from "@/bench/steps/queue-cases";

// Step 3: each view through the app's query layer (parseQueueParams + getQueue: page rows and
// total) beside the same two statements prepared once on better-sqlite3 (the floor). App and
// floor calls alternate so both see the same cache state.

const WARMUP = 5;
const MIN_SAMPLES = 20;
const MAX_SAMPLES = 300;
const CASE_BUDGET_MS = 4000;

export interface QueueStepOutput {
  results: QueueResult[];
  /** Markdown: EXPLAIN QUERY PLAN of each view's page and count statements. */
  plans: string;
  /** Views whose SQL differs from what the app generated (the floor must be re-derived). */
  drift: string[];
}

export function runQueue(dbPath: string): QueueStepOutput {
  const db = openDatabase(dbPath);
  try {
    const reviewer = getUserByEmail(db, "reviewer@example.com");
    if (!reviewer) throw new Error("the demo reviewer account is missing");
    const ctx: FloorContext = { userId: reviewer.id, now: Date.now() };
    const results: QueueResult[] = [];
    const plans: string[] = [];
    const drift: string[] = [];
    for (const c of queueCases(searchSample(db))) {
      progress(`queue: ${c.name} ${JSON.stringify(c.params)}`);
      const { result, plan, sameSql } = measureCase(db, c, ctx);
      results.push(result);
      plans.push(plan);
      if (!sameSql) drift.push(c.name);
    }
    return { results, plans: plans.join("\n\n"), drift };
  } finally {
    db.$client.close();
  }
}

/** A distinctive part of a pending unit's name (its last 4 characters before the company suffix) and an order number. */
function searchSample(db: Db): SearchSample {
  const row = db.$client
    .prepare<[], { name: string; externalId: string }>(
      `SELECT subject_name AS name, external_id AS externalId FROM filings
        WHERE status = 'pending' AND subject_kind = 'unit' ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM filings WHERE status = 'pending' AND subject_kind = 'unit')`,
    )
    .get();
  if (!row) throw new Error("no pending unit filing to search for");
  const chars = [...row.name.replace(/(有限责任公司|股份有限公司|有限公司|公司)$/u, "")];
  const nameFragment = chars.slice(Math.max(0, chars.length - 4)).join("");
  return { nameFragment: [...nameFragment].length >= 3 ? nameFragment : row.name, externalId: row.externalId };
}

function measureCase(db: Db, c: QueueCase, ctx: FloorContext): { result: QueueResult; plan: string; sameSql: boolean } {
  const sql = floorSql(c, ctx);
  const rowsStmt: Statement<unknown[]> = db.$client.prepare(sql.rows.sql).raw(true);
  const countStmt: Statement<unknown[]> = db.$client.prepare(sql.count.sql).pluck(true);
  const app = () => getQueue(db, parseQueueParams(c.params), ctx);
  const floor = () => ({ rows: rowsStmt.all(...sql.rows.params) as unknown[][], total: countStmt.get(...sql.count.params) as number });

  const generated = captureSql(db.$client, app);
  const sameSql = sameText(generated, [sql.rows.sql, sql.count.sql]);
  const appOut = app();
  const floorOut = floor();
  const appIds = appOut.rows.map((r) => r.id).join(",");
  const floorIds = floorOut.rows.map((r) => r[0]).join(",");
  if (appOut.total !== floorOut.total || appIds !== floorIds) {
    throw new Error(`queue view ${c.name}: the floor SQL returns other rows than getQueue (total ${floorOut.total} vs ${appOut.total})`);
  }

  for (let i = 0; i < WARMUP; i++) {
    app();
    floor();
  }
  const appMs: number[] = [];
  const floorMs: number[] = [];
  const started = process.hrtime.bigint();
  while (appMs.length < MAX_SAMPLES && (appMs.length < MIN_SAMPLES || elapsedMs(started) < CASE_BUDGET_MS)) {
    let t = process.hrtime.bigint();
    app();
    appMs.push(elapsedMs(t));
    t = process.hrtime.bigint();
    floor();
    floorMs.push(elapsedMs(t));
  }

  const plan = [
    `### ${c.name} \`${JSON.stringify(c.params)}\` (${floorOut.total} matching)`,
    "",
    "```",
    "-- page",
    explain(db.$client, sql.rows.sql, sql.rows.params),
    "-- count",
    explain(db.$client, sql.count.sql, sql.count.params),
    "```",
  ].join("\n");
  return {
    result: {
      name: c.name,
      params: c.params,
      total: floorOut.total,
      p50Ms: round(percentile(appMs, 50), 3),
      p95Ms: round(percentile(appMs, 95), 3),
      floorP50Ms: round(percentile(floorMs, 50), 3),
      floorP95Ms: round(percentile(floorMs, 95), 3),
      samples: appMs.length,
    },
    plan,
    sameSql,
  };
}

function sameText(generated: string[], expected: string[]): boolean {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  return generated.length === expected.length && generated.every((s, i) => norm(s) === norm(expected[i]));
}
