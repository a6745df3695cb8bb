import { openDatabase } from "@/db/client";
import { loadRoute, warmUp } from "@/bench/lib/load";
import { progress } from "@/bench/lib/log";
import { cpuTimeMs } from "@/bench/lib/process-cpu";
import { readGroupMemory, sampleGroupPeak } from "@/bench/lib/process-memory";
import type { HttpResult } from "@/bench/lib/result";
import type { RunningServer } from "@/bench/lib/server";
import { signIn } from "@/bench/lib/sign-in";
import { round } from "@/bench/lib/stats";

// Steps 4 and 6: the queue page and one filing's workspace under 4 concurrent connections for
// 10 s each, signed in as the demo reviewer, while the server's resident memory is sampled.

const CONNECTIONS = 4;
const DURATION_SEC = 10;
const WARMUP_REQUESTS = 20;

export async function runHttp(server: RunningServer, dbPath: string): Promise<{ http: HttpResult[]; rssMb: number }> {
  const filing = firstInQueue(dbPath);
  const cookie = await signIn(server.baseUrl);
  const routes = [
    { route: "/filings", expect: 'data-testid="filings-total"' },
    { route: `/filings/${filing.id}`, expect: filing.externalId },
  ];
  const sampler = sampleGroupPeak(server.pgid);
  const http: HttpResult[] = [];
  let rssKb = 0;
  try {
    for (const { route, expect } of routes) {
      await warmUp(`${server.baseUrl}${route}`, cookie, WARMUP_REQUESTS, expect);
      progress(`http: ${route}, ${CONNECTIONS} connections for ${DURATION_SEC} s`);
      const cpuBefore = cpuTimeMs(server.pgid);
      const result = await loadRoute({ baseUrl: server.baseUrl, route, cookie, connections: CONNECTIONS, durationSec: DURATION_SEC });
      http.push({ ...result, cpuMsPerRequest: round((cpuTimeMs(server.pgid) - cpuBefore) / Math.max(1, result.requests), 1) });
    }
  } finally {
    const peakSumKb = sampler.stop();
    const memory = readGroupMemory(server.pgid);
    for (const m of memory.members)
      progress(`server pid ${m.pid}: rss ${Math.round(m.rssKb / 1024)} MB, peak ${Math.round(m.hwmKb / 1024)} MB (${m.command})`);
    rssKb = Math.max(peakSumKb, memory.maxHwmKb);
  }
  return { http, rssMb: round(rssKb / 1024, 0) };
}

/** The filing claim-next would hand out first: the oldest-by-SLA pending one. */
function firstInQueue(dbPath: string): { id: number; externalId: string } {
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
