import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Statement } from "better-sqlite3";
import { openDatabase, type Db } from "@/db/client";
import { getQueue } from "@/db/queries/queue";
import { getUserByEmail } from "@/db/queries/users";
import { DEFAULT_PER_PAGE } from "@/lib/domain/queue/page-sizes";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { captureSql } from "@/bench/lib/capture-sql";
import { explain } from "@/bench/lib/explain";
import { progress } from "@/bench/lib/log";
import type { QueueReference, QueueResult } from "@/bench/lib/result";
import { elapsedMs, percentile, round } from "@/bench/lib/stats";
import { withTimeout } from "@/bench/lib/with-timeout";
import type { QueueViewsReport } from "@/bench/workers/queue-views";
import { countStarStatement, queueCases, type FloorContext, type QueueCase, type SearchSample } from "@/bench/steps/queue-cases";

// Step 3: each view through the app's query layer (parseQueueParams + getQueue: page rows and
// total) beside the same statements prepared once on better-sqlite3 (the floor). App and floor
// calls alternate, each going first in turn, so both see the same cache state; the default view is also
// compared with today's count(*) of it, the cost the maintained counts replace. The bench runs it in
// a process of its own (runQueueInChild), not in the one that seeded the database.

/**
 * Calls of app and floor before timing: the app's JavaScript is compiled by V8's optimising tier
 * only after a few hundred calls, and a console that has served a while runs it optimised (with 5,
 * the first view measured paid the warm-up: 1.7 × its floor against 1.1 × once warm).
 */
const WARMUP_CALLS = 300;
const WARMUP_BUDGET_MS = 1500;
const MIN_SAMPLES = 20;
const MAX_SAMPLES = 300;
const CASE_BUDGET_MS = 4000;

export interface QueueStepOutput {
  results: QueueResult[];
  reference: QueueReference;
  /** Markdown: EXPLAIN QUERY PLAN of each view's statements. */
  plans: string;
  /** Views whose SQL differs from what the app generated (the floor must be re-derived). */
  drift: string[];
}

const WORKER_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "workers", "queue-views.ts");

/** runQueue in a fresh process (bench/workers/queue-views.ts), as the bench runs it. */
export async function runQueueInChild(dbPath: string, options: { budgetMs?: number } = {}): Promise<QueueStepOutput> {
  const child = fork(WORKER_PATH, [dbPath, ...(options.budgetMs ? [String(options.budgetMs)] : [])], {
    execArgv: ["--import", "tsx", "--conditions=react-server"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const report = await withTimeout(
    "the queue views",
    300_000,
    new Promise<QueueViewsReport>((resolve, reject) => {
      child.once("message", (message) => resolve(message as QueueViewsReport));
      // "close", not "exit": a report still in the IPC channel is delivered before the channel closes.
      child.once("close", (code) => reject(new Error(`the queue views process exited (${code}) without a report`)));
      child.once("error", reject);
    }),
  ).finally(() => child.kill());
  if (!report.ok) throw new Error(`the queue views failed: ${report.error}`);
  return report.output;
}

export function runQueue(dbPath: string, options: { budgetMs?: number } = {}): QueueStepOutput {
  const db = openDatabase(dbPath);
  try {
    const reviewer = getUserByEmail(db, "reviewer@example.com");
    if (!reviewer) throw new Error("the demo reviewer account is missing");
    const ctx: FloorContext = { userId: reviewer.id, now: Date.now() };
    const results: QueueResult[] = [];
    const plans: string[] = [];
    const drift: string[] = [];
    let countStar: number[] = [];
    let defaultFloor: number[] = [];
    for (const c of queueCases(searchSample(db, ctx))) {
      progress(`queue: ${c.name} ${JSON.stringify(c.params)}${c.cursor ? ` after ${c.cursor.after}` : ""}`);
      const measured = measureCase(db, dbPath, c, ctx, options.budgetMs ?? CASE_BUDGET_MS, c.name === "default");
      results.push(measured.result);
      plans.push(measured.plan);
      if (!measured.sameSql) drift.push(c.name);
      if (c.name === "default") {
        countStar = measured.countStarMs;
        defaultFloor = measured.floorMs;
      }
    }
    const p50 = (name: string) => results.find((r) => r.name === name)?.p50Ms ?? Number.NaN;
    const reference: QueueReference = {
      countStarP50Ms: round(percentile(countStar, 50), 3),
      countStarP95Ms: round(percentile(countStar, 95), 3),
      defaultFloorRatio: round(percentile(defaultFloor, 50) / percentile(countStar, 50), 3),
      deepPageRatio: round(p50("deep-page") / p50("default"), 2),
    };
    return { results, reference, plans: plans.join("\n\n"), drift };
  } finally {
    db.$client.close();
  }
}

/** A distinctive part of a pending unit's name, an order number, and the cursor that leads to page 1 000. */
function searchSample(db: Db, ctx: FloorContext): SearchSample {
  const row = db.$client
    .prepare<[], { name: string; externalId: string }>(
      `SELECT subject_name AS name, external_id AS externalId FROM filings
        WHERE status = 'pending' AND subject_kind = 'unit' ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM filings WHERE status = 'pending' AND subject_kind = 'unit')`,
    )
    .get();
  if (!row) throw new Error("no pending unit filing to search for");
  const chars = [...row.name.replace(/(有限责任公司|股份有限公司|有限公司|公司)$/u, "")];
  const nameFragment = chars.slice(Math.max(0, chars.length - 4)).join("");
  // Page 1 000 (or the last but one page of a smaller queue), reached from the page before it.
  const pages = Math.floor(getQueue(db, parseQueueParams({}), ctx).total / DEFAULT_PER_PAGE);
  const deepPage = Math.min(1000, pages - 1);
  const before = deepPage > 1 ? getQueue(db, parseQueueParams({ page: String(deepPage - 1) }), ctx).rows.at(-1) : undefined;
  if (!before) throw new Error("too few pending filings for a deep page");
  return {
    nameFragment: [...nameFragment].length >= 3 ? nameFragment : row.name,
    externalId: row.externalId,
    deepPage,
    deepCursor: before.id,
  };
}

function measureCase(
  db: Db,
  dbPath: string,
  c: QueueCase,
  ctx: FloorContext,
  budgetMs: number,
  withCountStar: boolean,
): { result: QueueResult; plan: string; sameSql: boolean; floorMs: number[]; countStarMs: number[] } {
  const statements = c.statements(ctx);
  const prepared = statements.map((s) => db.$client.prepare(s.sql));
  const params = statements.map((s) => s.params);
  const star = countStarStatement(ctx);
  const starStmt: Statement<unknown[]> = db.$client.prepare(star.sql).pluck(true);
  const app = () => getQueue(db, parseQueueParams(c.params), ctx, c.cursor);
  const floor = () => c.run(prepared, params);

  // The app prepares each statement shape once per connection: a fresh connection shows its SQL.
  const generated = withConnection(dbPath, (fresh) =>
    captureSql(fresh.$client, () => getQueue(fresh, parseQueueParams(c.params), ctx, c.cursor)),
  );
  const sameSql = sameText(
    generated,
    statements.map((s) => s.sql),
  );
  const appOut = app();
  const floorOut = floor();
  const appIds = appOut.rows.map((r) => r.id).join(",");
  if (appOut.total !== floorOut.total || appIds !== floorOut.ids.join(",")) {
    throw new Error(`queue view ${c.name}: the floor returns other rows than getQueue (total ${floorOut.total} vs ${appOut.total})`);
  }
  if (c.name === "deep-page" && appOut.rows.length === 0) throw new Error("the deep-page view is empty: its cursor found no page");

  const warming = process.hrtime.bigint();
  for (let i = 0; i < WARMUP_CALLS && elapsedMs(warming) < WARMUP_BUDGET_MS; i++) {
    app();
    floor();
    if (withCountStar) starStmt.get(...star.params);
  }
  const appMs: number[] = [];
  const floorMs: number[] = [];
  const countStarMs: number[] = [];
  const started = process.hrtime.bigint();
  const timeApp = () => {
    const t = process.hrtime.bigint();
    app();
    appMs.push(elapsedMs(t));
  };
  const timeFloor = () => {
    const t = process.hrtime.bigint();
    floor();
    floorMs.push(elapsedMs(t));
  };
  while (appMs.length < MAX_SAMPLES && (appMs.length < MIN_SAMPLES || elapsedMs(started) < budgetMs)) {
    // Who goes first alternates: the second call finds the same pages warmer in the CPU caches.
    if (appMs.length % 2 === 0) {
      timeApp();
      timeFloor();
    } else {
      timeFloor();
      timeApp();
    }
  }
  // Today's count(*) of the default view in a loop of its own: run between the calls above, its scan
  // of every pending filing emptied the CPU caches before each of them, which cost the app's
  // JavaScript (≈ 10 µs a statement) more than the bare statements and measured a cold start of
  // every call rather than the view. Alone it runs warm, its fastest: the ratio to it is the stricter.
  for (let i = 0; withCountStar && i < appMs.length; i++) {
    const t = process.hrtime.bigint();
    starStmt.get(...star.params);
    countStarMs.push(elapsedMs(t));
  }

  const plan = [
    `### ${c.name} \`${JSON.stringify(c.params)}\`${c.cursor ? ` after ${c.cursor.after}` : ""} (${floorOut.total}${appOut.totalCapped ? "+" : ""} matching)`,
    "",
    "```",
    ...statements.flatMap((s, i) => [`-- ${i + 1}: ${s.sql.slice(0, 60)}…`, explain(db.$client, s.sql, explainParams(c, statements, i))]),
    ...(withCountStar ? ["-- today's count(*), for reference", explain(db.$client, star.sql, star.params)] : []),
    "```",
  ].join("\n");
  const p50 = percentile(appMs, 50);
  const floorP50 = percentile(floorMs, 50);
  return {
    result: {
      name: c.name,
      params: c.params,
      ...(c.cursor ? { cursor: c.cursor } : {}),
      total: floorOut.total,
      totalCapped: appOut.totalCapped,
      p50Ms: round(p50, 3),
      p95Ms: round(percentile(appMs, 95), 3),
      floorP50Ms: round(floorP50, 3),
      floorP95Ms: round(percentile(floorMs, 95), 3),
      floorRatio: round(p50 / floorP50, 2),
      samples: appMs.length,
    },
    plan,
    sameSql,
    floorMs,
    countStarMs,
  };
}

function withConnection<T>(dbPath: string, use: (db: Db) => T): T {
  const db = openDatabase(dbPath);
  try {
    return use(db);
  } finally {
    db.$client.close();
  }
}

/** A keyset level takes its anchor values at run time; for EXPLAIN any values do. */
function explainParams(c: QueueCase, statements: { sql: string; params: unknown[] }[], i: number): unknown[] {
  const p = statements[i].params;
  const placeholders = statements[i].sql.split("?").length - 1;
  if (!c.cursor || placeholders === p.length) return p;
  // A level of the keyset seek: its anchor values (any will do) before the limit.
  return [...p.slice(0, -1), ...Array.from({ length: placeholders - p.length }, () => 0), p[p.length - 1]];
}

/** The app ran the floor's statements in order; a keyset page may stop before its last levels (page full). */
function sameText(generated: string[], expected: string[]): boolean {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  return generated.length > 0 && generated.length <= expected.length && generated.every((s, i) => norm(s) === norm(expected[i]));
}
