import autocannon from "autocannon";
import type { HttpResult } from "@/bench/lib/result";
import { percentile, round } from "@/bench/lib/stats";

export interface LoadOptions {
  baseUrl: string;
  route: string;
  cookie: string;
  connections: number;
  durationSec: number;
}

/** One autocannon run; p50/p95 from every response's own latency (autocannon's summary has no p95). */
export async function loadRoute(options: LoadOptions): Promise<Omit<HttpResult, "cpuMsPerRequest">> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${options.baseUrl}${options.route}`,
    connections: options.connections,
    duration: options.durationSec,
    headers: { cookie: options.cookie },
    timeout: 10,
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return {
    route: options.route,
    p50Ms: round(percentile(latencies, 50), 1),
    p95Ms: round(percentile(latencies, 95), 1),
    rps: round(result.requests.total / result.duration, 1),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Sequential requests before measuring, so first-render work (module loading, JIT) is not timed. */
export async function warmUp(url: string, cookie: string, times: number, expectText: string): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}, expected 200`);
    if (i === 0 && !body.includes(expectText)) throw new Error(`GET ${url} did not render the expected page (no "${expectText}")`);
  }
}
