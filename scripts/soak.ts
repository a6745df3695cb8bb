// npm run soak -- [--kills 200] [--seed 1]: crash safety, measured. Runs the console (npm start's
// supervisor: server + worker) on a temporary data location, sends filings through the
// ingestion API while a second process claims and decides, and kills everything with SIGKILL at
// random moments, restarting each time. Afterwards: PRAGMA integrity_check, every ingestion that
// got a 2xx and every decision reported committed are in the database, no row names a missing
// blob, and the sweeper leaves no unreferenced blob behind.
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { closeDatabase, openDatabase } from "@/db/client";
import { integrityCheck, listReferencedBlobs, listStoredKeys } from "@/db/queries/integrity";
import { DEMO_INGEST_TOKEN } from "@/lib/config/console-mode";
import { buildInput } from "@/lib/domain/rules/testing/make-filing";
import { INGEST_LEASE_MS } from "@/lib/services/blobs/blob-leases";
import { sweepBlobs } from "@/lib/services/blobs/sweep-blobs";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";

const { values } = parseArgs({ options: { kills: { type: "string", default: "200" }, seed: { type: "string", default: "1" } } });
const KILLS = Number(values.kills);
let rng = Number(values.seed) >>> 0 || 1;
const random = () => (rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0) / 2 ** 32;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-soak-"));
const env = {
  ...process.env,
  DATABASE_PATH: path.join(dir, "console.db"),
  UPLOADS_DIR: path.join(dir, "uploads"),
  DEMO_FILINGS: "0",
  AUTH_SECRET: "soak-secret-0123456789abcdef0123456789abcdef",
  CONSOLE_MODE: "demo",
};
delete (env as Record<string, unknown>).INGEST_TOKEN;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function killGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      resolve();
    }
  });
}

async function waitHealthy(base: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** A distinct image per call: every filing brings new blobs, so kills land mid-write too. */
async function image(n: number): Promise<Buffer> {
  const width = 640;
  const height = 480;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = (i / 3 + n * 7) % 256;
    pixels[i + 1] = ((i / 3) * 3 + n) % 256;
    pixels[i + 2] = 200 - (n % 100);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

const acknowledged = new Set<string>();
const decided = new Set<number>();
let sent = 0;
let refused = 0;
let aborted = 0;

async function ingestLoop(base: string, stop: { now: boolean }): Promise<void> {
  while (!stop.now) {
    const externalId = `SOAK-${sent++}`;
    const document = buildInput("unit", { externalId, submittedAt: new Date().toISOString() }) as { materials: { file: string }[] };
    const form = new FormData();
    form.set("filing", JSON.stringify(document));
    const bytes = await image(sent);
    for (const m of document.materials) form.set(m.file, new Blob([new Uint8Array(bytes)]), m.file);
    try {
      const res = await fetch(`${base}/api/v1/filings`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${DEMO_INGEST_TOKEN}` },
        signal: AbortSignal.timeout(15_000),
      });
      if (res.status >= 200 && res.status < 300) acknowledged.add(externalId);
      else refused++;
      await res.arrayBuffer();
    } catch {
      aborted++;
    }
  }
}

/** Claims and decisions from a second process (as a second app server would), killed with the rest. */
function startActor(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/soak-actor.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    detached: true,
  });
  child.on("message", (message) => decided.add(message as number));
  return child;
}

const started = Date.now();
const restartMs: number[] = [];
// The actor lives across server kills (a second app server is not restarted with the first),
// and is itself killed at a random moment every ACTOR_KILL_EVERY cycles: its start-up (seconds
// under tsx) would otherwise eat the whole window of every cycle and it would never decide.
const ACTOR_KILL_EVERY = 10;
let actor: ChildProcess | null = null;
let actorKills = 0;
for (let cycle = 0; cycle <= KILLS; cycle++) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const t0 = Date.now();
  const server = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    env: { ...env, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  if (!(await waitHealthy(base, 60_000))) {
    console.error(`cycle ${cycle}: the console did not come up`);
    await killGroup(server);
    process.exit(1);
  }
  restartMs.push(Date.now() - t0);
  actor ??= startActor();
  const stop = { now: false };
  const loops = [ingestLoop(base, stop), ingestLoop(base, stop)];
  // The last cycle runs to the end; the others die at a random moment.
  await new Promise((resolve) => setTimeout(resolve, cycle === KILLS ? 3000 : 500 + random() * 3500));
  if (cycle < KILLS) {
    const killActor = cycle % ACTOR_KILL_EVERY === ACTOR_KILL_EVERY - 1;
    await Promise.all([killGroup(server), killActor ? killGroup(actor) : undefined]);
    if (killActor) {
      actor = null;
      actorKills++;
    }
  }
  stop.now = true;
  await Promise.all(loops);
  if (cycle === KILLS)
    await Promise.all([
      actor ? killGroup(actor) : undefined,
      new Promise<void>((resolve) => (server.once("exit", () => resolve()), process.kill(-server.pid!, "SIGTERM"))),
    ]);
  if (cycle % 20 === 0)
    console.log(`cycle ${cycle}/${KILLS}: ${acknowledged.size} filings acknowledged, ${decided.size} decisions reported`);
}

const db = openDatabase(env.DATABASE_PATH);
const store = createLocalDiskStore(env.UPLOADS_DIR);
const integrity = integrityCheck(db);
const stored = listStoredKeys(db);
const lostFilings = [...acknowledged].filter((id) => !stored.externalIds.has(id));
const lostDecisions = [...decided].filter((id) => !stored.decisionIds.has(id));
const referenced = listReferencedBlobs(db);
let missingBlobs = 0;
for (const sha of referenced) if ((await store.stat(sha)) === null) missingBlobs++;
// As the sweeper runs an hour later: the uploads a kill interrupted hold leases (INGEST_LEASE_MS)
// that protect their blobs until then; after that nothing unreferenced may be left.
const swept = await sweepBlobs(db, store, { minAgeMs: 0, now: Date.now() + INGEST_LEASE_MS + 60_000 });
let unreferencedLeft = 0;
for await (const blob of store.list()) if (!referenced.has(blob.sha256)) unreferencedLeft++;
closeDatabase(db);

const report = {
  kills: KILLS,
  actorKills,
  minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
  restartMsP50: restartMs.sort((a, b) => a - b)[Math.floor(restartMs.length / 2)],
  ingestionsSent: sent,
  acknowledged: acknowledged.size,
  refusedOrFailed: refused,
  abortedByKill: aborted,
  decisionsReported: decided.size,
  integrityCheck: integrity.join(", "),
  lostAcknowledgedFilings: lostFilings.length,
  lostReportedDecisions: lostDecisions.length,
  rowsNamingMissingBlobs: missingBlobs,
  sweptAfterwards: swept.deleted,
  sweptBytes: swept.bytesFreed,
  unreferencedBlobsLeft: unreferencedLeft,
};
console.log(JSON.stringify(report, null, 2));
fs.rmSync(dir, { recursive: true, force: true });
const ok =
  integrity.join() === "ok" && lostFilings.length === 0 && lostDecisions.length === 0 && missingBlobs === 0 && unreferencedLeft === 0;
process.exit(ok ? 0 : 1);
