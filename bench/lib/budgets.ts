import type { BenchResult } from "@/bench/lib/result";

// The issue's budgets. Speed budgets are ratios between figures measured in the same run (a page
// against /login, a query against its floor), so they hold on any machine of the kind; the
// absolute times stay in the report. Memory, correctness and the few absolute limits the issue
// sets (first image, worst claim) are checked as they are.
export const BUDGETS = {
  /** Queue page server CPU ≤ 2 × /login's. */
  queueCpuRatio: 2,
  /** Workspace server CPU ≤ 2.5 × /login's. */
  workspaceCpuRatio: 2.5,
  /** Every queue view's p50 ≤ 1.5 × its floor's p50. */
  queueFloorRatio: 1.5,
  /** The default view's floor ≤ 0.25 × today's count(*) of it. */
  defaultFloorVsCountStar: 0.25,
  /** Page 1 000 (keyset) costs what page 1 costs: p50 within 1.5 ×. */
  deepPageRatio: 1.5,
  firstImageP50Ms: 300,
  worstClaimMs: 500,
  rssMb: 400,
  /** Document reading on one core, orientation retries included (seconds per document). */
  documentP50S: 1.5,
  documentP95S: 4,
  readerRssMb: 1200,
  /**
   * With the reader busy, the console no worse than without it: page CPU, page p50 and ingestion
   * p50 within 1.25 × (the spread of the same figure between two idle runs here is ±15–20 %).
   */
  readerBusyRatio: 1.25,
} as const;

export interface BudgetCheck {
  what: string;
  actual: string;
  limit: string;
  pass: boolean;
}

export function checkBudgets(r: BenchResult): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (what: string, actual: number, limit: number, unit = "×", higherIsBetter = false) =>
    checks.push({
      what,
      actual: `${actual}${unit === "×" ? " ×" : ` ${unit}`}`,
      limit: `${higherIsBetter ? "≥" : "≤"} ${limit}${unit === "×" ? " ×" : ` ${unit}`}`,
      pass: higherIsBetter ? actual >= limit : actual <= limit,
    });

  for (const q of r.queue) add(`queue ${q.name} p50 / floor p50`, q.floorRatio, BUDGETS.queueFloorRatio);
  if (r.queueReference) {
    add("queue default floor / today's count(*)", r.queueReference.defaultFloorRatio, BUDGETS.defaultFloorVsCountStar);
    add("queue page 1 000 (keyset) / page 1", r.queueReference.deepPageRatio, BUDGETS.deepPageRatio);
  }
  const http = (name: string) => r.http.find((h) => h.name === name);
  const queue = http("queue");
  if (queue) add("http /filings CPU / /login CPU", queue.cpuRatio, BUDGETS.queueCpuRatio);
  const workspace = http("workspace");
  if (workspace) add("http workspace CPU / /login CPU", workspace.cpuRatio, BUDGETS.workspaceCpuRatio);
  for (const h of r.http)
    checks.push({ what: `http ${h.route} non-2xx`, actual: String(h.non2xx + h.errors), limit: "0", pass: h.non2xx + h.errors === 0 });

  if (r.browser) add("browser first image painted p50", r.browser.firstImageP50Ms, BUDGETS.firstImageP50Ms, "ms");
  if (r.ingest)
    checks.push({
      what: "ingest non-2xx",
      actual: String(r.ingest.non2xx + r.ingest.errors),
      limit: "0",
      pass: r.ingest.non2xx + r.ingest.errors === 0,
    });

  // Claims are made by the server process only (one connection: no SQLITE_BUSY between reviewers),
  // so the worst claim is budgeted there; the separate-process figures are reported beside it.
  if (r.claims) {
    const c = r.claims;
    checks.push({ what: "duplicate claims (server)", actual: String(c.duplicates), limit: "0", pass: c.duplicates === 0 });
    checks.push({ what: "claim-next failed (server)", actual: String(c.non2xx + c.errors), limit: "0", pass: c.non2xx + c.errors === 0 });
    add("worst claim-next, 20 clients through the server", c.maxMs, BUDGETS.worstClaimMs, "ms");
  }
  const processes = r.claims?.processes ?? r.claimsProcesses;
  if (processes) {
    checks.push({
      what: "duplicate claims (processes)",
      actual: String(processes.duplicates),
      limit: "0",
      pass: processes.duplicates === 0,
    });
    // A claim that fails with "database is locked" is an error for whoever ran it.
    checks.push({
      what: "claims failed busy (processes)",
      actual: String(processes.busyErrors),
      limit: "0",
      pass: processes.busyErrors === 0,
    });
  }
  if (r.rssMb !== undefined) add("server RSS", r.rssMb, BUDGETS.rssMb, "MB");
  if (r.documents) {
    const d = r.documents;
    add("document reading p50", d.p50S, BUDGETS.documentP50S, "s");
    add("document reading p95", d.p95S, BUDGETS.documentP95S, "s");
    add("document reader peak RSS", d.peakRssMb, BUDGETS.readerRssMb, "MB");
    checks.push({ what: "wrong numbers read", actual: String(d.wrongNumbers), limit: "0", pass: d.wrongNumbers === 0 });
  }
  if (r.readerBusy) {
    const x = r.readerBusy.ratios;
    add("reader busy / none: queue page CPU", x.queueCpu, BUDGETS.readerBusyRatio);
    add("reader busy / none: workspace CPU", x.workspaceCpu, BUDGETS.readerBusyRatio);
    add("reader busy / none: queue page p50", x.queueP50, BUDGETS.readerBusyRatio);
    add("reader busy / none: workspace p50", x.workspaceP50, BUDGETS.readerBusyRatio);
    add("reader busy / none: ingestion p50", x.ingestP50, BUDGETS.readerBusyRatio);
    const busy = r.readerBusy.busy;
    // The reader had a backlog and read from it during the phase (between the console's busy
    // moments: it waits for a quiet console, at most 30 s, before each document).
    checks.push({
      what: "reader read documents during the busy phase",
      actual: `${busy.documentsRead} documents read, ${busy.workerCpuShare} cores`,
      limit: "≥ 1 document",
      pass: busy.documentsRead >= 1,
    });
    for (const phase of [r.readerBusy.idle, busy]) {
      const failed = phase.ingest.non2xx + phase.ingest.errors + phase.http.reduce((n, h) => n + h.non2xx + h.errors, 0);
      checks.push({ what: `reader ${phase.reader ? "busy" : "none"}: non-2xx`, actual: String(failed), limit: "0", pass: failed === 0 });
    }
  }
  for (const [step, message] of Object.entries(r.failures ?? {}))
    checks.push({ what: `${step} ran`, actual: message, limit: "no failure", pass: false });
  for (const g of r.curve?.growth ?? [])
    checks.push({ what: `curve ${g.what} growth`, actual: `${g.factor} ×`, limit: `≤ ${g.logBound} × (log N)`, pass: g.pass });
  return checks;
}
