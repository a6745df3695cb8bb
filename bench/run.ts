// `npm run bench -- [--count N] [--json]`: seed, rules, queue queries, HTTP under load, concurrent
// claims and server memory on a temporary database (bench/README.md). Not part of `npm test`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseBenchArgs, type BenchArgs } from "@/bench/lib/args";
import { progress } from "@/bench/lib/log";
import { formatReport } from "@/bench/lib/report";
import type { BenchResult } from "@/bench/lib/result";
import { startServer, type RunningServer } from "@/bench/lib/server";
import { withTimeout } from "@/bench/lib/with-timeout";
import { createWorkdir } from "@/bench/lib/workdir";
import { runClaims } from "@/bench/steps/claims";
import { runHttp } from "@/bench/steps/http";
import { runQueue } from "@/bench/steps/queue";
import { runRules } from "@/bench/steps/rules";
import { runSeed } from "@/bench/steps/seed";

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");
/** Hard stop for the whole run, whatever hangs. */
const WATCHDOG_MS = 15 * 60_000;

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const work = createWorkdir();
let server: RunningServer | undefined;
let cleaned: Promise<void> | undefined;
const cleanup = () =>
  (cleaned ??= (async () => {
    await server?.stop().catch(() => {});
    work.remove();
  })());

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}
const watchdog = setTimeout(() => {
  console.error(`bench: no result after ${WATCHDOG_MS / 60_000} min, stopping`);
  void cleanup().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

try {
  const result = await run(args);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatReport(result)}\n`);
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

async function run({ count }: BenchArgs): Promise<BenchResult> {
  progress(`workdir ${work.dir}`);
  const [load1] = os.loadavg();
  if (load1 > 1.5)
    progress(`WARNING: load average ${load1.toFixed(1)} on ${os.cpus().length} cores before starting: other work will skew the timings`);
  progress(`seed: ${count} filings through the bulk path`);
  const { seedSeconds } = await runSeed(work, count, Date.now());
  progress(`seed: ${seedSeconds} s`);

  progress("rules: reading back and checking every filing");
  const rules = runRules(work.dbPath);
  progress(`rules: ${rules.filingsPerSec} filings/s`);

  const queue = runQueue(work.dbPath);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "query-plans.md"), `# Queue query plans (N = ${count})\n\n${queue.plans}\n`);
  if (queue.drift.length > 0)
    progress(`WARNING: the app's SQL no longer matches the floor for: ${queue.drift.join(", ")} (update bench/steps/queue-cases.ts)`);

  progress("http: starting the built server");
  server = await startServer({ dbPath: work.dbPath, uploadsDir: work.uploadsDir });
  const { http, rssMb } = await withTimeout("the HTTP load", 120_000, runHttp(server, work.dbPath));
  await server.stop();
  server = undefined;

  const claims = await runClaims(work.dbPath);
  progress(`claims: ${claims.claims} (${claims.duplicates} duplicates), ${claims.perSec}/s`);

  return { count, seedSeconds, rules, queue: queue.results, http, claims, rssMb };
}
