import { checkBudgets } from "@/bench/lib/budgets";
import type { BenchResult } from "@/bench/lib/result";

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** The readable form of a run: figures, then every budget with pass/fail. */
export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  out.push(`Beian Review Desk bench: ${r.count.toLocaleString("en")} filings`);
  out.push("");
  out.push(`seed        ${r.seedSeconds} s`);
  out.push(
    `rules       ${r.rules.filingsPerSec.toLocaleString("en")} filings/s (check ${r.rules.checkSeconds} s, parse ${r.rules.parseSeconds} s, ${r.rules.flagged} flagged)`,
  );
  out.push("");
  out.push(
    table(
      ["queue view", "matching", "p50 ms", "p95 ms", "floor p50", "floor p95", "samples"],
      r.queue.map((q) => [q.name, q.total, q.p50Ms, q.p95Ms, q.floorP50Ms, q.floorP95Ms, q.samples]),
    ),
  );
  out.push("");
  out.push(
    table(
      ["route", "p50 ms", "p95 ms", "req/s", "requests", "non-2xx", "errors", "server CPU ms/req"],
      r.http.map((h) => [h.route, h.p50Ms, h.p95Ms, h.rps, h.requests, h.non2xx, h.errors, h.cpuMsPerRequest]),
    ),
  );
  out.push("");
  out.push(
    `claims      ${r.claims.claims} by ${r.claims.workers} claimers, ${r.claims.duplicates} duplicates, ${r.claims.perSec}/s (one claim p95 ${r.claims.p95Ms} ms, max ${r.claims.maxMs} ms, ${r.claims.busyErrors} SQLITE_BUSY)`,
  );
  out.push(`server RSS  ${r.rssMb} MB peak`);
  out.push("");
  const checks = checkBudgets(r);
  out.push(r.count === 100_000 ? "budgets (N = 100 000):" : "budgets (set for N = 100 000; indicative only at this N):");
  out.push(
    table(
      ["", "check", "actual", "budget"],
      checks.map((c) => [c.pass ? "ok" : "MISS", c.what, c.actual, c.limit]),
    ),
  );
  return out.join("\n");
}
