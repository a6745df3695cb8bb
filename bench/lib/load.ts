import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  /** Cookie header; none for an anonymous page. */
  cookie?: string;
  connections: number;
  durationSec: number;
}

export interface LoadSample {
  /** Every response's own latency (autocannon's summary has no p95). */
  latencies: number[];
  requests: number;
  durationSec: number;
  non2xx: number;
  errors: number;
}

/**
 * The headers a browser sends that change the server's work: it asks for gzip, so the server
 * compresses every page (the bench measures what a reviewer's request costs, not less).
 */
export function browserHeaders(cookie?: string): Record<string, string> {
  return { "accept-encoding": "gzip, deflate, br", ...(cookie ? { cookie } : {}) };
}

/** One autocannon run on one URL. */
export async function loadRoute(options: LoadOptions): Promise<LoadSample> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSec,
    headers: browserHeaders(options.cookie),
    timeout: 10,
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return { latencies, requests: result.requests.total, durationSec: result.duration, non2xx: result.non2xx, errors: result.errors };
}

/**
 * Sequential requests before measuring, so first-render work (module loading, JIT) is not timed.
 * Returns the size of the (uncompressed) page.
 */
export async function warmUp(url: string, cookie: string | undefined, times: number, expectText: string): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < times; i++) {
    const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}, expected 200`);
    if (i === 0 && !body.includes(expectText)) throw new Error(`GET ${url} did not render the expected page (no "${expectText}")`);
    bytes = Buffer.byteLength(body);
  }
  return bytes;
}
