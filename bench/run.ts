// `npm run bench -- [--count N] [--json] [--curve] [--only steps]`: seed, rules, queue queries,
// HTTP under load, browser timings, ingestion under load, concurrent claims and server memory on a
// temporary database (bench/README.md). Not part of `npm test`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseBenchArgs, type BenchArgs, type BenchStep } from "@/bench/lib/args";
import { progress } from "@/bench/lib/log";
import { formatReport } from "@/bench/lib/report";
import type { BenchResult, ClaimsResult } from "@/bench/lib/result";
import { startServer, type RunningServer } from "@/bench/lib/server";
import { withTimeout } from "@/bench/lib/with-timeout";
import { createWorkdir } from "@/bench/lib/workdir";
import { runBrowser } from "@/bench/steps/browser";
import { runClaims, runServerClaims } from "@/bench/steps/claims";
import { runCurve } from "@/bench/steps/curve";
import { benchDocuments } from "@/bench/steps/documents";
import { firstInQueue, httpRoutes, runHttp } from "@/bench/steps/http";
import { runIngest } from "@/bench/steps/ingest";
import { runQueueInChild } from "@/bench/steps/queue";
import { runReaderBusy } from "@/bench/steps/reader-busy";
import { runRules } from "@/bench/steps/rules";
import { runSeed } from "@/bench/steps/seed";

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
/**
 * Hard stop for the whole run, whatever hangs: 20 minutes for the steps plus the seed's own
 * allowance (≈ 9 ms a filing measured at N = 100 000: 15 min; the curve seeds 300 000 filings).
 */
const SEED_MS_PER_FILING = 20;
const WATCHDOG_MS = 20 * 60_000 + SEED_MS_PER_FILING * (args.curve ? 300_000 : args.count);

const work = createWorkdir();
/** The reader comparison's own database (its backlog must be real reads, not the seed's repeats). */
let readerWork: ReturnType<typeof createWorkdir> | undefined;
const servers = new Set<RunningServer>();
let cleaned: Promise<void> | undefined;
const cleanup = () =>
  (cleaned ??= (async () => {
    await Promise.all([...servers].map((s) => s.stop().catch(() => {})));
    work.remove();
    readerWork?.remove();
  })());

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}
/** The figures so far: written out even when the watchdog stops a run. */
let partial: BenchResult | undefined;
const watchdog = setTimeout(() => {
  console.error(
    `bench: no result after ${Math.round(WATCHDOG_MS / 60_000)} min, stopping; the figures so far are in bench/results/partial.json`,
  );
  if (partial) {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, "partial.json"), `${JSON.stringify(partial, null, 2)}\n`);
  }
  void cleanup().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

try {
  const result = await run(args);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, args.curve ? "curve.json" : "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatReport(result)}\n`);
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

/** Starts the console (server + worker) for `work`, registered for clean-up whatever happens. */
async function withServer<T>(
  use: (server: RunningServer) => Promise<T>,
  options: { worker?: boolean; on?: ReturnType<typeof createWorkdir> } = {},
): Promise<T> {
  const dir = options.on ?? work;
  const server = await startServer({ dbPath: dir.dbPath, uploadsDir: dir.uploadsDir, worker: options.worker });
  servers.add(server);
  try {
    return await use(server);
  } finally {
    await server.stop();
    servers.delete(server);
  }
}

async function run({ count, steps, curve }: BenchArgs): Promise<BenchResult> {
  progress(`workdir ${work.dir}`);
  const [load1] = os.loadavg();
  if (load1 > 1.5)
    progress(
      `WARNING: load average ${load1.toFixed(1)} on ${os.cpus().length} cores before starting: other work will skew the absolute timings`,
    );
  const loadAverage = Number(load1.toFixed(2));
  if (curve) {
    const result = await runCurve(work, withServer);
    return { count: result.points.at(-1)?.count ?? 0, seedSeconds: 0, queue: [], http: [], curve: result, loadAverage };
  }

  progress(`seed: ${count} filings through the bulk path`);
  const { seedSeconds } = await runSeed(work, count, Date.now());
  progress(`seed: ${seedSeconds} s`);
  const result: BenchResult = { count, seedSeconds, queue: [], http: [], loadAverage };
  partial = result;

  if (steps.has("rules")) {
    progress("rules: reading back and checking every filing");
    result.rules = runRules(work.dbPath);
    progress(`rules: ${result.rules.filingsPerSec} filings/s`);
  }

  if (steps.has("queue")) {
    const queue = await runQueueInChild(work.dbPath);
    result.queue = queue.results;
    result.queueReference = queue.reference;
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, "query-plans.md"), `# Queue query plans (N = ${count})\n\n${queue.plans}\n`);
    if (queue.drift.length > 0)
      progress(`WARNING: the app's SQL no longer matches the floor for: ${queue.drift.join(", ")} (update bench/steps/queue-cases.ts)`);
  }

  // One step that fails (a timeout on a loaded machine) is recorded in `failures` and the others
  // still run: a run's figures are not all lost to one of them.
  const attempt = async (step: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      progress(`${step} failed: ${message}`);
      (result.failures ??= {})[step] = message;
    }
  };

  // The browser step on a console of its own without the document reader: on this machine
  // Chromium shares the two cores with the server, and beside it the reader's OCR would be timed as
  // the page's paint, which no reviewer's browser (on the reviewer's own computer) pays. What the
  // reader costs the console itself is the `reader` step's comparison.
  if (steps.has("browser"))
    await withServer(
      (server) =>
        attempt("browser", async () => {
          result.browser = await withTimeout("the browser timings", 600_000, runBrowser(server, work.dbPath));
          result.browser.reader = false;
        }),
      { worker: false },
    );

  let serverClaims: ClaimsResult | undefined;
  if (["http", "ingest", "claims"].some((s) => steps.has(s as BenchStep))) {
    const workspace = firstInQueue(work.dbPath);
    await withServer(async (server) => {
      if (steps.has("http"))
        await attempt("http", async () => {
          const { http, rssMb } = await withTimeout("the HTTP load", 180_000, runHttp(server, httpRoutes(workspace)));
          result.http = http;
          result.rssMb = rssMb;
        });
      // Claims before ingestion: the uploaded documents keep the worker reading them for a while.
      if (steps.has("claims"))
        await attempt("claims (server)", async () => {
          serverClaims = await runServerClaims(server, work.dbPath);
        });
      if (steps.has("ingest"))
        await attempt("ingest", async () => {
          result.ingest = await withTimeout("the ingestion load", 120_000, runIngest(server));
        });
    });
  }
  if (steps.has("claims"))
    await attempt("claims (processes)", async () => {
      // The claimer processes run once the server is gone: they are the only writers then.
      const processes = await runClaims(work.dbPath);
      progress(
        `claims: ${processes.claims} by processes (${processes.duplicates} duplicates), ${processes.perSec}/s, max ${processes.maxMs} ms`,
      );
      if (serverClaims) serverClaims.processes = processes;
      else result.claimsProcesses = processes;
    });
  result.claims = serverClaims;
  // The console with the document reader busy against without it (issue 15), on a database of
  // its own: the bulk seed's jobs are thousands of repeats of a few renders (cached after one read),
  // which would keep the reader from reading anything during the comparison.
  if (steps.has("reader"))
    await attempt("reader", async () => {
      const own = (readerWork = createWorkdir());
      result.readerBusy = await withTimeout(
        "the reader comparison",
        600_000,
        runReaderBusy(own, (options, use) => withServer(use, { ...options, on: own })),
      );
    });
  // Document reading (证照比对): the real reader process on the seed's licences and ID cards in
  // every capture condition, one at a time — seconds per document by kind, peak RSS, accuracy.
  if (steps.has("documents"))
    await attempt("documents", async () => {
      result.documents = await withTimeout("the document reading", 900_000, benchDocuments({ samples: 45 }));
      progress(`documents: p50 ${result.documents.p50S} s, p95 ${result.documents.p95S} s, reader ${result.documents.peakRssMb} MB`);
    });
  return result;
}
