// The shape of `--json` and bench/results/latest.json. Times in ms unless named otherwise.

export interface RulesResult {
  filings: number;
  filingsPerSec: number;
  /** checkFiling over every filing (text rules incl. cross-filing, no image measures). */
  checkSeconds: number;
  /** parseFiling of the stored documents, timed apart from the rules. */
  parseSeconds: number;
  flagged: number;
}

export interface QueueResult {
  name: string;
  params: Record<string, string>;
  total: number;
  p50Ms: number;
  p95Ms: number;
  floorP50Ms: number;
  floorP95Ms: number;
  samples: number;
}

export interface HttpResult {
  route: string;
  p50Ms: number;
  p95Ms: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Server CPU time per request: the cost behind the latency, little affected by other load. */
  cpuMsPerRequest: number;
}

export interface ClaimsResult {
  workers: number;
  claims: number;
  duplicates: number;
  perSec: number;
  /** claimNext calls that failed with SQLITE_BUSY after the connection's 5 s busy timeout (retried). */
  busyErrors: number;
  p95Ms: number;
  maxMs: number;
}

export interface BenchResult {
  count: number;
  seedSeconds: number;
  rules: RulesResult;
  queue: QueueResult[];
  http: HttpResult[];
  claims: ClaimsResult;
  rssMb: number;
}
