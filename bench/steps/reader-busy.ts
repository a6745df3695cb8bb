import { openDatabase } from "@/db/client";
import { renderDocument } from "@/demo/documents/render-document";
import { createDemoAccounts } from "@/demo/seed/demo-accounts";
import type { Workdir } from "@/bench/lib/workdir";
import { prepareDatabase } from "@/bench/steps/seed";
import { progress } from "@/bench/lib/log";
import { groupCpuTimeMs } from "@/bench/lib/process-cpu";
import type { HttpResult, ReaderBusyPhase, ReaderBusyResult } from "@/bench/lib/result";
import type { RunningServer } from "@/bench/lib/server";
import { round } from "@/bench/lib/stats";
import { firstInQueue, httpRoutes, runHttp } from "@/bench/steps/http";
import { runIngest } from "@/bench/steps/ingest";

// Issue 15: the console while the document reader is busy, against the console with no reader at
// all. A database of its own, filled through the ingestion API with filings whose licence and ID
// cards are real renders with unique bytes (every one a real read for the reader, never a cached
// one). The same measurements twice: /login, the queue and a workspace under 4 connections
// (server CPU per request and latency), then 4 uploaders posting 5-document filings. The first
// phase runs without the worker; the uploads so far are the backlog the reader works through in
// the second phase, which starts only once the reader is reading. The worker's CPU (it and its
// reader processes) and the readings saved during the second phase show that it was.

const HTTP_ROUNDS = 2;
const SECONDS_PER_ROUND = 4;
const INGEST_SECONDS = 20;
/** Uploads before the first phase: filings to show, and documents for the reader's backlog. */
const BACKLOG_SECONDS = 15;
/** How long the reader may take to load its models and start reading before the phase gives up. */
const READER_START_MS = 90_000;

type WithServer = <T>(options: { worker: boolean }, use: (server: RunningServer) => Promise<T>) => Promise<T>;

export async function runReaderBusy(work: Workdir, withServer: WithServer): Promise<ReaderBusyResult> {
  const dbPath = work.dbPath;
  prepareDatabase(work);
  const db = openDatabase(dbPath);
  try {
    await createDemoAccounts(db);
  } finally {
    db.$client.close();
  }
  const documents = {
    "license.jpg": await renderDocument("subject_certificate"),
    "id-front.jpg": await renderDocument("principal_id_front"),
    "id-back.jpg": await renderDocument("principal_id_back"),
  };

  progress("reader: phase 1 of 2, no document reader running (first the backlog's uploads)");
  const idle = await withServer({ worker: false }, async (server) => {
    await runIngest(server, { seconds: BACKLOG_SECONDS, prefix: "BACKLOG", documents });
    return measurePhase(server, dbPath, firstInQueue(dbPath), documents, "IDLE");
  });
  const workspace = firstInQueue(dbPath);
  progress(`reader: phase 2 of 2, the reader working through ${queuedReads(dbPath)} queued reads`);
  const busy = await withServer({ worker: true }, async (server) => {
    await readerReading(dbPath);
    return measurePhase(server, dbPath, workspace, documents, "BUSY");
  });
  if (idle.http.find((h) => h.name === "workspace")?.route !== busy.http.find((h) => h.name === "workspace")?.route)
    progress("reader: WARNING: the two phases opened different workspaces");

  const cpu = (p: ReaderBusyPhase, name: string) => p.http.find((h) => h.name === name)?.cpuMsPerRequest ?? Number.NaN;
  const p50 = (p: ReaderBusyPhase, name: string) => p.http.find((h) => h.name === name)?.p50Ms ?? Number.NaN;
  const ratio = (a: number, b: number) => round(a / b, 2);
  return {
    idle,
    busy,
    ratios: {
      queueCpu: ratio(cpu(busy, "queue"), cpu(idle, "queue")),
      workspaceCpu: ratio(cpu(busy, "workspace"), cpu(idle, "workspace")),
      queueP50: ratio(p50(busy, "queue"), p50(idle, "queue")),
      workspaceP50: ratio(p50(busy, "workspace"), p50(idle, "workspace")),
      ingestP50: ratio(busy.ingest.p50Ms, idle.ingest.p50Ms),
      ingestP95: ratio(busy.ingest.p95Ms, idle.ingest.p95Ms),
      ingestThroughput: ratio(busy.ingest.filingsPerSec, idle.ingest.filingsPerSec),
    },
  };
}

async function measurePhase(
  server: RunningServer,
  dbPath: string,
  workspace: { id: number; externalId: string },
  documents: Record<string, Buffer>,
  prefix: string,
): Promise<ReaderBusyPhase> {
  const readsBefore = readingsSaved(dbPath);
  const workerBefore = server.workerPgid ? groupCpuTimeMs(server.workerPgid) : 0;
  const started = performance.now();
  const { http } = await runHttp(server, httpRoutes(workspace), { rounds: HTTP_ROUNDS, secondsPerRound: SECONDS_PER_ROUND });
  const ingest = await runIngest(server, { seconds: INGEST_SECONDS, prefix, documents });
  const seconds = (performance.now() - started) / 1000;
  const workerCpuMs = server.workerPgid ? groupCpuTimeMs(server.workerPgid) - workerBefore : 0;
  const phase: ReaderBusyPhase = {
    reader: server.workerPgid !== undefined,
    seconds: round(seconds, 1),
    documentsRead: readingsSaved(dbPath) - readsBefore,
    workerCpuShare: round(workerCpuMs / 1000 / seconds, 2),
    http: http.map(({ name, route, cpuMsPerRequest, p50Ms, p95Ms, rps, requests, non2xx, errors }) => ({
      name,
      route,
      cpuMsPerRequest,
      p50Ms,
      p95Ms,
      rps,
      requests,
      non2xx,
      errors,
    })) as ReaderBusyPhase["http"],
    ingest,
  };
  progress(
    `reader: ${phase.reader ? "reader busy" : "no reader"}: ${describe(http)}; ingest p50 ${ingest.p50Ms} ms, ${ingest.filingsPerSec}/s; ` +
      `${phase.documentsRead} documents read, worker ${Math.round(phase.workerCpuShare * 100)} % of a core`,
  );
  return phase;
}

function describe(http: HttpResult[]): string {
  return http.map((h) => `${h.name} ${h.cpuMsPerRequest} ms CPU, p50 ${h.p50Ms} ms`).join(", ");
}

/** Waits until the reader has saved a reading of its own (models loaded, reading real documents). */
async function readerReading(dbPath: string): Promise<void> {
  const before = readingsSaved(dbPath);
  const deadline = Date.now() + READER_START_MS;
  while (Date.now() < deadline) {
    if (readingsSaved(dbPath) > before) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the document reader saved no reading within ${READER_START_MS / 1000} s`);
}

function readingsSaved(dbPath: string): number {
  return withDb(dbPath, (db) => db.$client.prepare("SELECT count(*) FROM document_readings").pluck().get() as number);
}

/** Queued jobs whose document has no reading yet (each one a real read, not a cache hit). */
function queuedReads(dbPath: string): number {
  return withDb(
    dbPath,
    (db) =>
      db.$client
        .prepare(
          `SELECT count(DISTINCT j.sha256 || j.kind) FROM document_jobs j
            WHERE j.status = 'queued' AND NOT EXISTS (SELECT 1 FROM document_readings r WHERE r.sha256 = j.sha256 AND r.kind = j.kind)`,
        )
        .pluck()
        .get() as number,
  );
}

function withDb<T>(dbPath: string, use: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(dbPath);
  try {
    return use(db);
  } finally {
    db.$client.close();
  }
}
