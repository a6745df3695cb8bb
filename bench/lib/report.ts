import { checkBudgets } from "@/bench/lib/budgets";
import type { BenchResult } from "@/bench/lib/result";

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** The readable form of a run: figures (absolute and as ratios), then every budget with pass/fail. */
export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  out.push(`Beian Review Desk bench: ${r.count.toLocaleString("en")} filings (load average ${r.loadAverage} at the start)`);
  out.push("");
  out.push(`seed        ${r.seedSeconds} s`);
  if (r.rules)
    out.push(
      `rules       ${r.rules.filingsPerSec.toLocaleString("en")} filings/s (check ${r.rules.checkSeconds} s, parse ${r.rules.parseSeconds} s, ${r.rules.flagged} flagged)`,
    );
  if (r.queue.length > 0) {
    out.push("");
    out.push(
      table(
        ["queue view", "matching", "p50 ms", "p95 ms", "floor p50", "floor p95", "p50 / floor", "samples"],
        r.queue.map((q) => [
          q.name,
          `${q.total}${q.totalCapped ? "+" : ""}`,
          q.p50Ms,
          q.p95Ms,
          q.floorP50Ms,
          q.floorP95Ms,
          `${q.floorRatio} ×`,
          q.samples,
        ]),
      ),
    );
  }
  if (r.queueReference) {
    const q = r.queueReference;
    out.push(
      `today's count(*) of the default view: p50 ${q.countStarP50Ms} ms, p95 ${q.countStarP95Ms} ms; default floor / count(*) ${q.defaultFloorRatio} ×; page 1 000 / page 1 ${q.deepPageRatio} ×`,
    );
  }
  if (r.http.length > 0) {
    out.push("");
    out.push(
      table(
        ["route", "CPU ms/req", "CPU / login", "p50 ms", "p50 / login", "p95 ms", "p95 / login", "req/s", "requests", "non-2xx", "bytes"],
        r.http.map((h) => [
          h.route,
          h.cpuMsPerRequest,
          `${h.cpuRatio} ×`,
          h.p50Ms,
          `${h.p50Ratio} ×`,
          h.p95Ms,
          `${h.p95Ratio} ×`,
          h.rps,
          h.requests,
          h.non2xx + h.errors,
          h.bytes,
        ]),
      ),
    );
  }
  if (r.browser) {
    const b = r.browser;
    out.push("");
    out.push(
      `browser     first document image painted p50 ${b.firstImageP50Ms} / p95 ${b.firstImageP95Ms} ms (${b.samples} workspaces, ${b.paintTiming}); ` +
        `the same pages as static HTML without scripts p50 ${b.staticHtmlP50Ms} / p95 ${b.staticHtmlP95Ms} ms (${b.staticHtmlSamples}); ` +
        `from a queue row's click p50 ${b.fromQueueP50Ms} / p95 ${b.fromQueueP95Ms} ms (${b.fromQueueSamples}); ` +
        `n → next filing interactive p50 ${b.nextP50Ms} / p95 ${b.nextP95Ms} ms (${b.nextSamples}); ${b.failures} failures`,
    );
  }
  if (r.ingest) {
    const i = r.ingest;
    out.push(
      `ingest      ${i.filingsPerSec} filings/s (${i.filings} filings of ${i.documentsPerFiling} documents by ${i.uploaders} uploaders in ${i.seconds} s), p50 ${i.p50Ms} / p95 ${i.p95Ms} ms, ${i.non2xx} non-2xx, ${i.errors} errors`,
    );
  }
  if (r.claims) {
    const c = r.claims;
    out.push(
      `claims      ${c.claims} claim-next requests by ${c.claimers} clients through the server, ${c.duplicates} duplicates; claim granted after p50 ${c.p50Ms} / p95 ${c.p95Ms} / max ${c.maxMs} ms (warm-up round before it: max ${c.coldMaxMs} ms), whole response with the next workspace p50 ${c.responseP50Ms} / p95 ${c.responseP95Ms} / max ${c.responseMaxMs} ms; ${c.non2xx} non-2xx, ${c.errors} errors`,
    );
  }
  const processes = r.claims?.processes ?? r.claimsProcesses;
  if (processes)
    out.push(
      `            ${processes.claims} by ${processes.workers} processes, ${processes.duplicates} duplicates, ${processes.perSec}/s (one claim p95 ${processes.p95Ms} ms, max ${processes.maxMs} ms, ${processes.busyErrors} SQLITE_BUSY)`,
    );
  if (r.rssMb !== undefined) out.push(`server RSS  ${r.rssMb} MB peak`);
  if (r.readerBusy) {
    out.push("");
    out.push("reader busy against no reader (same database, same loads):");
    out.push(
      table(
        [
          "",
          "login CPU",
          "queue CPU",
          "workspace CPU",
          "queue p50",
          "workspace p50",
          "ingest p50",
          "ingest p95",
          "ingest/s",
          "read",
          "worker",
        ],
        [r.readerBusy.idle, r.readerBusy.busy].map((p) => {
          const h = (name: string) => p.http.find((x) => x.name === name);
          return [
            p.reader ? "reader busy" : "no reader",
            `${h("login")?.cpuMsPerRequest} ms`,
            `${h("queue")?.cpuMsPerRequest} ms`,
            `${h("workspace")?.cpuMsPerRequest} ms`,
            `${h("queue")?.p50Ms} ms`,
            `${h("workspace")?.p50Ms} ms`,
            `${p.ingest.p50Ms} ms`,
            `${p.ingest.p95Ms} ms`,
            p.ingest.filingsPerSec,
            p.documentsRead,
            `${p.workerCpuShare} cores`,
          ];
        }),
      ),
    );
  }
  if (r.curve) {
    out.push("");
    const names = r.curve.points[0]?.queue.map((q) => q.name) ?? [];
    out.push(
      table(
        ["filings", "seed s", ...names.map((n) => `${n} p95`), "/filings CPU", "/login CPU", "CPU ratio"],
        r.curve.points.map((p) => [
          p.count,
          p.seedSeconds,
          ...names.map((n) => p.queue.find((q) => q.name === n)?.p95Ms ?? ""),
          p.queueCpuMsPerRequest,
          p.loginCpuMsPerRequest,
          `${p.queueCpuRatio} ×`,
        ]),
      ),
    );
  }
  out.push("");
  out.push(r.count === 100_000 ? "budgets (N = 100 000):" : "budgets (set for N = 100 000; indicative at this N):");
  out.push(
    table(
      ["", "check", "actual", "budget"],
      checkBudgets(r).map((c) => [c.pass ? "ok" : "MISS", c.what, c.actual, c.limit]),
    ),
  );
  return out.join("\n");
}
