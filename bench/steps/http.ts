import { openDatabase } from "@/db/client";
import { loadRoute, warmUp } from "@/bench/lib/load";
import { progress } from "@/bench/lib/log";
import { cpuTimeMs } from "@/bench/lib/process-cpu";
import { readGroupMemory, sampleGroupPeak } from "@/bench/lib/process-memory";
import type { HttpResult } from "@/bench/lib/result";
import type { RunningServer } from "@/bench/lib/server";
import { signIn } from "@/bench/lib/sign-in";
import { percentile, round } from "@/bench/lib/stats";

// Steps 4 and 6: /login (anonymous: the framework's floor, a page with no data), the queue page
// and one filing's workspace under 4 concurrent connections, signed in as the demo reviewer,
// while the server's resident memory is sampled. The routes take turns in short rounds, so other
// load on the machine falls on all of them alike and the ratios to /login stay comparable.

const CONNECTIONS = 4;
export const HTTP_ROUNDS = 3;
const SECONDS_PER_ROUND = 4;
const WARMUP_REQUESTS = 20;

export interface HttpRoute {
  name: string;
  route: string;
  /** Signed-in pages carry the reviewer's cookie; /login is requested anonymously. */
  signedIn: boolean;
  /** Text the page must contain (so a redirect or an error page is never timed). */
  expect: string;
}

export function httpRoutes(workspace: { id: number; externalId: string } | null): HttpRoute[] {
  return [
    { name: "login", route: "/login", signedIn: false, expect: 'data-testid="login-email"' },
    { name: "queue", route: "/filings", signedIn: true, expect: 'data-testid="filings-total"' },
    ...(workspace ? [{ name: "workspace", route: `/filings/${workspace.id}`, signedIn: true, expect: workspace.externalId }] : []),
  ];
}

export async function runHttp(
  server: RunningServer,
  routes: HttpRoute[],
  options: { rounds?: number; secondsPerRound?: number } = {},
): Promise<{ http: HttpResult[]; rssMb: number }> {
  const rounds = options.rounds ?? HTTP_ROUNDS;
  const seconds = options.secondsPerRound ?? SECONDS_PER_ROUND;
  const cookie = await signIn(server.baseUrl);
  const sampler = sampleGroupPeak(server.pgid);
  const totals = routes.map(() => ({ latencies: [] as number[], requests: 0, durationSec: 0, non2xx: 0, errors: 0, cpuMs: 0, bytes: 0 }));
  let rssKb = 0;
  try {
    for (const [i, r] of routes.entries()) {
      totals[i].bytes = await warmUp(`${server.baseUrl}${r.route}`, r.signedIn ? cookie : undefined, WARMUP_REQUESTS, r.expect);
    }
    for (let round = 1; round <= rounds; round++) {
      progress(`http: round ${round}/${rounds}: ${routes.map((r) => r.route).join(", ")}, ${CONNECTIONS} connections, ${seconds} s each`);
      for (const [i, r] of routes.entries()) {
        const cpuBefore = cpuTimeMs(server.pid);
        const sample = await loadRoute({
          url: `${server.baseUrl}${r.route}`,
          cookie: r.signedIn ? cookie : undefined,
          connections: CONNECTIONS,
          durationSec: seconds,
        });
        const t = totals[i];
        t.cpuMs += cpuTimeMs(server.pid) - cpuBefore;
        t.latencies.push(...sample.latencies);
        t.requests += sample.requests;
        t.durationSec += sample.durationSec;
        t.non2xx += sample.non2xx;
        t.errors += sample.errors;
      }
    }
  } finally {
    const peakSumKb = sampler.stop();
    const memory = readGroupMemory(server.pgid);
    for (const m of memory.members)
      progress(`server pid ${m.pid}: rss ${Math.round(m.rssKb / 1024)} MB, peak ${Math.round(m.hwmKb / 1024)} MB (${m.command})`);
    rssKb = Math.max(peakSumKb, memory.maxHwmKb);
  }
  const absolute = routes.map((r, i) => {
    const t = totals[i];
    return {
      name: r.name,
      route: r.route,
      p50Ms: percentile(t.latencies, 50),
      p95Ms: percentile(t.latencies, 95),
      rps: t.requests / Math.max(1, t.durationSec),
      requests: t.requests,
      non2xx: t.non2xx,
      errors: t.errors,
      cpuMsPerRequest: t.cpuMs / Math.max(1, t.requests),
      bytes: t.bytes,
    };
  });
  const login = absolute.find((h) => h.name === "login");
  const ratio = (value: number, base: number | undefined) => (base ? round(value / base, 2) : Number.NaN);
  const http: HttpResult[] = absolute.map((h) => ({
    ...h,
    p50Ms: round(h.p50Ms, 1),
    p95Ms: round(h.p95Ms, 1),
    rps: round(h.rps, 1),
    cpuMsPerRequest: round(h.cpuMsPerRequest, 1),
    cpuRatio: ratio(h.cpuMsPerRequest, login?.cpuMsPerRequest),
    p50Ratio: ratio(h.p50Ms, login?.p50Ms),
    p95Ratio: ratio(h.p95Ms, login?.p95Ms),
  }));
  return { http, rssMb: round(rssKb / 1024, 0) };
}

/** The filing claim-next would hand out first: the oldest-by-SLA pending one. */
export function firstInQueue(dbPath: string): { id: number; externalId: string } {
  const db = openDatabase(dbPath);
  try {
    const row = db.$client
      .prepare<[], { id: number; externalId: string }>(
        `SELECT id, external_id AS externalId FROM filings WHERE status = 'pending' ORDER BY sla_due_at, id LIMIT 1`,
      )
      .get();
    if (!row) throw new Error("no pending filing to open");
    return row;
  } finally {
    db.$client.close();
  }
}
