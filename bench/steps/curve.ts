import { progress } from "@/bench/lib/log";
import type { CurveGrowth, CurvePoint, CurveResult } from "@/bench/lib/result";
import type { RunningServer } from "@/bench/lib/server";
import { round } from "@/bench/lib/stats";
import type { Workdir } from "@/bench/lib/workdir";
import { httpRoutes, runHttp } from "@/bench/steps/http";
import { runQueueInChild } from "@/bench/steps/queue";
import { prepareDatabase, seedMore } from "@/bench/steps/seed";

// `--curve`: one database grown to 10 000, 100 000 and 300 000 filings; at each size the queue
// views (app and floor) and the server CPU of /filings and /login. A cost that grows with log N
// grows by ln(300 000) / ln(10 000) = 1.37 × over the curve; one that grows with N, by 30 ×.

export const CURVE_COUNTS = [10_000, 100_000, 300_000] as const;
/** The views whose cost must not depend on N: a page through an index and maintained counts. */
const BOUNDED_VIEWS = ["default", "deep-page", "province", "severity-by-age"];
/**
 * Allowance over the log bound for timing noise: the bounded views take well under a millisecond,
 * where cache state and other work on two shared cores move a p95 by a tenth or two.
 */
const NOISE = 1.2;

export async function runCurve(
  work: Workdir,
  withServer: <T>(use: (server: RunningServer) => Promise<T>) => Promise<T>,
): Promise<CurveResult> {
  prepareDatabase(work);
  const now = Date.now();
  const points: CurvePoint[] = [];
  let seeded = 0;
  for (const count of CURVE_COUNTS) {
    progress(`curve: seeding to ${count} filings`);
    const { seedSeconds } = await seedMore(work, { count: count - seeded, offset: seeded, now });
    seeded = count;
    const queue = await runQueueInChild(work.dbPath, { budgetMs: 2000 });
    const { http } = await withServer((server) => runHttp(server, httpRoutes(null), { rounds: 2, secondsPerRound: 4 }));
    const login = http.find((h) => h.name === "login")!;
    const page = http.find((h) => h.name === "queue")!;
    points.push({
      count,
      seedSeconds,
      queue: queue.results.map((q) => ({ name: q.name, p50Ms: q.p50Ms, p95Ms: q.p95Ms, floorP50Ms: q.floorP50Ms })),
      loginCpuMsPerRequest: login.cpuMsPerRequest,
      queueCpuMsPerRequest: page.cpuMsPerRequest,
      queueCpuRatio: page.cpuRatio,
    });
    progress(
      `curve: ${count} filings: default p95 ${queue.results[0]?.p95Ms} ms, /filings ${page.cpuMsPerRequest} ms CPU (${page.cpuRatio} × /login)`,
    );
  }
  return { points, growth: growthOf(points) };
}

export function growthOf(points: CurvePoint[]): CurveGrowth[] {
  const first = points[0];
  const last = points[points.length - 1];
  const logBound = round(Math.log(last.count) / Math.log(first.count), 2);
  const growth = (what: string, a: number, b: number): CurveGrowth => {
    const factor = round(b / a, 2);
    return { what, first: a, last: b, factor, logBound, pass: factor <= logBound * NOISE };
  };
  const p95 = (p: CurvePoint, name: string) => p.queue.find((q) => q.name === name)?.p95Ms ?? Number.NaN;
  return [
    ...BOUNDED_VIEWS.map((name) => growth(`queue ${name} p95`, p95(first, name), p95(last, name))),
    growth("/filings CPU per request", first.queueCpuMsPerRequest, last.queueCpuMsPerRequest),
  ];
}
