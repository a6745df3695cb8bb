import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countJobsByStatus } from "@/db/queries/documents";
import { seedReasonCatalog } from "@/db/queries/reasons";
import { createTempDb } from "@/db/testing/temp-db";
import { documentPixels, jpegOf } from "@/lib/domain/images/test-fixtures";
import { buildInput, LEGAL_REP_ID } from "@/lib/domain/rules/testing/make-filing";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { ingestFiling } from "../ingest/ingest";
import { createReaderPool, type ReaderPool } from "./reader-pool";
import { DOCUMENT_JOB_ATTEMPTS, runNextJob } from "./job-runner";

// The durable job queue with a stand-in reader process: retries, a crashing reader, completion.

const fakeReader = fileURLToPath(new URL("./testing/fake-reader.ts", import.meta.url));
let temp: ReturnType<typeof createTempDb>;
let pool: ReaderPool;
let image: Buffer;

beforeAll(async () => {
  temp = createTempDb();
  seedReasonCatalog(temp.db);
  image = await jpegOf(documentPixels(900, 640, { seal: true }), 900, 640);
  pool = createReaderPool({ size: 1, script: fakeReader, env: { ...process.env, FAKE_READER_NUMBER: LEGAL_REP_ID } });
}, 60_000);
afterAll(() => {
  pool.close();
  temp.cleanup();
});

async function ingest(externalId: string, bytes = image) {
  const document = buildInput("unit", { externalId }) as { materials: { file: string }[] };
  const store = createLocalDiskStore(path.join(temp.dir, "uploads"));
  return ingestFiling({ db: temp.db, store }, document, new Map(document.materials.map((m) => [m.file, bytes])));
}

async function drain() {
  const outcomes: string[] = [];
  for (let ran = await runNextJob({ db: temp.db, pool }); ran; ran = await runNextJob({ db: temp.db, pool })) outcomes.push(ran.outcome);
  return outcomes;
}

describe("the document job runner", () => {
  it("queues the licence and both ID sides at ingestion, reads each once, then runs the DOC_* rules", async () => {
    await ingest("DOC-1");
    // One image for every material: the same bytes as three kinds are three readings.
    expect(countJobsByStatus(temp.db).queued).toBe(3);
    const outcomes = await drain();
    expect(outcomes).toEqual(["read", "read", "read"]);
    const row = temp.db.$client.prepare("SELECT document_check AS state FROM filings WHERE external_id = 'DOC-1'").get() as {
      state: string;
    };
    expect(row.state).toBe("done");
    // The stand-in prints the legal representative's ID on the licence: its number differs.
    const rules = (
      temp.db.$client
        .prepare(
          "SELECT rule FROM violations v JOIN filings f ON f.current_revision_id = v.revision_id WHERE f.external_id = 'DOC-1' AND v.superseded_at IS NULL",
        )
        .all() as { rule: string }[]
    ).map((r) => r.rule);
    expect(rules).toContain("DOC_CERT_NUMBER_MISMATCH");
    expect(rules).not.toContain("DOC_ID_NUMBER_MISMATCH");
  }, 60_000);

  it("waits for a quiet console before taking a job to read: the job stays queued, its attempts untouched", async () => {
    await ingest("DOC-WAIT", await jpegOf(documentPixels(900, 640, { seal: false }), 900, 640));
    const seen: { status: string; attempts: number }[] = [];
    const beforeRead = async () => {
      seen.push(
        temp.db.$client.prepare("SELECT status, attempts FROM document_jobs WHERE status != 'done' ORDER BY id LIMIT 1").get() as {
          status: string;
          attempts: number;
        },
      );
    };
    const outcomes: string[] = [];
    for (let ran = await runNextJob({ db: temp.db, pool, beforeRead }); ran; ran = await runNextJob({ db: temp.db, pool, beforeRead }))
      outcomes.push(ran.outcome);
    expect(outcomes).toEqual(["read", "read", "read"]);
    expect(seen).toEqual([
      { status: "queued", attempts: 0 },
      { status: "queued", attempts: 0 },
      { status: "queued", attempts: 0 },
    ]);
  }, 60_000);

  it("never reads the same bytes twice: a second filing with them is checked at ingestion", async () => {
    await ingest("DOC-2");
    expect(countJobsByStatus(temp.db).queued).toBe(0);
    const row = temp.db.$client.prepare("SELECT document_check AS state FROM filings WHERE external_id = 'DOC-2'").get() as {
      state: string;
    };
    expect(row.state).toBe("done");
  });

  it("retries a job whose reader crashed, marks it failed after the last attempt, and the next job still runs", async () => {
    await ingest("DOC-3", await jpegOf(documentPixels(900, 640, { seal: true, seed: 3 }), 900, 640));
    // Make the licence's job crash the reader, as a native library might.
    temp.db.$client
      .prepare("UPDATE document_jobs SET sha256 = 'dead' || substr(sha256, 5) WHERE status = 'queued' AND kind = 'subject_certificate'")
      .run();
    const outcomes = await drain();
    expect(outcomes.filter((o) => o === "retry")).toHaveLength(DOCUMENT_JOB_ATTEMPTS - 1);
    expect(outcomes.filter((o) => o === "failed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "read")).toHaveLength(2);
    const job = temp.db.$client
      .prepare("SELECT status, attempts, last_error AS error FROM document_jobs WHERE sha256 LIKE 'dead%'")
      .get() as { status: string; attempts: number; error: string };
    expect(job).toMatchObject({ status: "failed", attempts: DOCUMENT_JOB_ATTEMPTS });
    expect(job.error).toMatch(/crashed/);
    const row = temp.db.$client.prepare("SELECT document_check AS state FROM filings WHERE external_id = 'DOC-3'").get() as {
      state: string;
    };
    expect(row.state).toBe("failed");
  }, 60_000);
});
