import type { DocumentBench } from "@/bench/steps/documents";
// The shape of `--json` and bench/results/latest.json. Times in ms unless named otherwise.
// Every HTTP figure also comes as a ratio to /login measured in the same run, every queue figure
// as a ratio to its floor: ratios hold across machines of one kind, absolute times do not.

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
  /** The keyset cursor the view was read with (the neighbouring row of a next-page link). */
  cursor?: { after: number };
  total: number;
  totalCapped: boolean;
  p50Ms: number;
  p95Ms: number;
  floorP50Ms: number;
  floorP95Ms: number;
  /** p50Ms / floorP50Ms. */
  floorRatio: number;
  samples: number;
}

/** Today's (before this change) count(*) of the default view, timed in the same loop as the default view. */
export interface QueueReference {
  countStarP50Ms: number;
  countStarP95Ms: number;
  /** The default view's floor p50 / countStarP50Ms. */
  defaultFloorRatio: number;
  /** Page 1 000 by keyset p50 / page 1 p50. */
  deepPageRatio: number;
}

export interface HttpResult {
  /** login, queue or workspace. */
  name: string;
  route: string;
  p50Ms: number;
  p95Ms: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Server CPU time per request: the cost behind the latency, little affected by other load. */
  cpuMsPerRequest: number;
  /** Each figure / the same figure of /login in this run. */
  cpuRatio: number;
  p50Ratio: number;
  p95Ratio: number;
  /** Size of one response body. */
  bytes: number;
}

export interface BrowserResult {
  /** Navigation start → first document image painted in the workspace (warm server). */
  firstImageP50Ms: number;
  firstImageP95Ms: number;
  /**
   * A row of the queue clicked → the first document image of its workspace painted: the way a
   * reviewer opens a filing (the console's own client-side navigation, no new document). Reported
   * beside firstImage*, which the budget checks; not a budget of its own.
   */
  fromQueueP50Ms: number;
  fromQueueP95Ms: number;
  fromQueueSamples: number;
  /**
   * The floor under firstImage*: the same workspaces' HTML served as files without their scripts
   * (no server render, no JavaScript; stylesheet and images from the console), navigation → first
   * document image painted. What Chromium alone needs to paint that markup here; not a budget.
   */
  staticHtmlP50Ms: number;
  staticHtmlP95Ms: number;
  staticHtmlSamples: number;
  /** Key `n` (submit and next) → the next filing interactive. */
  nextP50Ms: number;
  nextP95Ms: number;
  /** Workspaces opened for firstImage* (nextSamples for next*). */
  samples: number;
  nextSamples: number;
  /** Opens (by URL, as a static copy or from a queue row) without a document image painted within the time limit, and `n` presses that did not reach a next filing. */
  failures: number;
  /** How the paint time was read: Element Timing (renderTime) for each sample, else the load event + two frames. */
  paintTiming: string;
  /** Whether the document reader ran beside the console during the step (it does not: see bench/run.ts). */
  reader?: boolean;
}

export interface IngestResult {
  uploaders: number;
  seconds: number;
  documentsPerFiling: number;
  filings: number;
  filingsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  non2xx: number;
  errors: number;
}

/**
 * Claims as the console makes them: 20 reviewers press claim-next together, through the one
 * server process and its one connection (no SQLITE_BUSY between them). The time is the whole
 * request: the claim and the claimed filing's page the action answers with.
 */
export interface ClaimsResult {
  claimers: number;
  claims: number;
  duplicates: number;
  /** The claim's wait: request sent → write lock granted and filing taken (budget: max ≤ 500 ms). */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The whole response, which also renders the claimed filing's workspace. */
  responseP50Ms: number;
  responseP95Ms: number;
  responseMaxMs: number;
  non2xx: number;
  /** Requests that got no answer (connection refused or reset, 60 s timeout). */
  errors: number;
  /** The warm-up round before the measured run (20 presses together on a server that has not claimed yet): its worst wait; reported, not budgeted. */
  coldMaxMs: number;
  /** Claims taken in the warm-up round (`duplicates` counts over both rounds). */
  warmUpClaims: number;
  /** The same 20 claimers as separate processes with their own connections (a CLI beside the server); reported, not budgeted. */
  processes?: ProcessClaimsResult;
}

export interface ProcessClaimsResult {
  workers: number;
  claims: number;
  duplicates: number;
  perSec: number;
  /** claimNext calls that failed with SQLITE_BUSY after the claim service's own retries. */
  busyErrors: number;
  p95Ms: number;
  maxMs: number;
}

/** One phase of the reader comparison (bench/steps/reader-busy.ts). */
export interface ReaderBusyPhase {
  /** Whether the worker (and its document reader) ran during the phase. */
  reader: boolean;
  seconds: number;
  /** Readings the reader saved during the phase (real reads: every document has unique bytes). */
  documentsRead: number;
  /** The worker's and its readers' CPU during the phase, in cores (1 = one core busy throughout). */
  workerCpuShare: number;
  http: Pick<HttpResult, "name" | "route" | "cpuMsPerRequest" | "p50Ms" | "p95Ms" | "rps" | "requests" | "non2xx" | "errors">[];
  ingest: IngestResult;
}

/** The console with the document reader busy against the console without it (issue 15): busy / idle. */
export interface ReaderBusyResult {
  idle: ReaderBusyPhase;
  busy: ReaderBusyPhase;
  ratios: {
    queueCpu: number;
    workspaceCpu: number;
    queueP50: number;
    workspaceP50: number;
    ingestP50: number;
    ingestP95: number;
    /** Filings per second, busy / idle (higher is better). */
    ingestThroughput: number;
  };
}

export interface CurvePoint {
  count: number;
  seedSeconds: number;
  queue: { name: string; p50Ms: number; p95Ms: number; floorP50Ms: number }[];
  loginCpuMsPerRequest: number;
  queueCpuMsPerRequest: number;
  queueCpuRatio: number;
}

export interface CurveGrowth {
  /** What grows: a queue view's p95 or the queue page's CPU. */
  what: string;
  first: number;
  last: number;
  /** last / first. */
  factor: number;
  /** ln(last N) / ln(first N): the growth of a cost proportional to log N. */
  logBound: number;
  pass: boolean;
}

export interface CurveResult {
  points: CurvePoint[];
  growth: CurveGrowth[];
}

export interface BenchResult {
  count: number;
  seedSeconds: number;
  rules?: RulesResult;
  queue: QueueResult[];
  queueReference?: QueueReference;
  http: HttpResult[];
  browser?: BrowserResult;
  ingest?: IngestResult;
  claims?: ClaimsResult;
  /** The process claimers' figures when the server claims failed (else in claims.processes). */
  claimsProcesses?: ProcessClaimsResult;
  rssMb?: number;
  curve?: CurveResult;
  /** Load average when the run started (other work on the cores skews absolute times). */
  loadAverage: number;
  /** Steps that failed (step → message); the other steps' figures stand. */
  failures?: Record<string, string>;
  /** Document reading, seconds per document on one core (bench/steps/documents.ts). */
  documents?: DocumentBench;
  /** The console with the reader busy against without it. */
  readerBusy?: ReaderBusyResult;
}
