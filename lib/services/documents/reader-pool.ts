import "server-only";
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { DocumentReading, ReadableKind } from "@/lib/domain/documents/reading";

// The OCR engine runs in child processes of the worker: a crash, a hang or an out-of-memory in
// the native inference code takes down one reader, never the worker loop (and never the console,
// which is another process tree). A dead reader is replaced on the next request.

export interface ReadRequest {
  sha256: string;
  kind: ReadableKind;
}

export interface ReaderPool {
  read(request: ReadRequest): Promise<DocumentReading>;
  readonly size: number;
  close(): void;
}

/** A document that takes longer than this is abandoned and its reader replaced. */
const READ_TIMEOUT_MS = 120_000;

export interface ReaderPoolOptions {
  /** Concurrent readers (DOCUMENT_READERS, default 1: one per core, the other core is the console's). */
  size?: number;
  /** The reader program; tests substitute one that misbehaves. */
  script?: string;
  env?: NodeJS.ProcessEnv;
}

export function readerCount(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DOCUMENT_READERS ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 8 ? n : 1;
}

export function createReaderPool(options: ReaderPoolOptions = {}): ReaderPool {
  const size = options.size ?? readerCount();
  const script = options.script ?? path.resolve("scripts/document-reader.ts");
  const idle: Reader[] = [];
  const waiting: ((reader: Reader) => void)[] = [];
  let live = 0;
  let closed = false;

  function spawnReader(): Reader {
    live++;
    const child = fork(script, [], {
      execArgv: ["--import", "tsx", "--conditions=react-server"],
      env: options.env ?? process.env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const reader: Reader = { child, busy: null };
    // A reader that dies while idle is forgotten, so the next request starts a fresh one.
    child.once("exit", () => {
      const at = idle.indexOf(reader);
      if (at >= 0) {
        idle.splice(at, 1);
        live--;
      }
    });
    return reader;
  }

  function release(reader: Reader): void {
    reader.busy = null;
    const next = waiting.shift();
    if (next) next(reader);
    else idle.push(reader);
  }

  function acquire(): Promise<Reader> {
    const reader = idle.pop();
    if (reader) return Promise.resolve(reader);
    if (live < size) return Promise.resolve(spawnReader());
    return new Promise((resolve) => waiting.push(resolve));
  }

  function retire(reader: Reader): void {
    live--;
    reader.child.removeAllListeners();
    if (reader.child.exitCode === null && reader.child.signalCode === null) reader.child.kill("SIGKILL");
    // Someone is waiting for a reader: start a fresh one for them.
    const next = waiting.shift();
    if (next && !closed) next(spawnReader());
  }

  async function read(request: ReadRequest): Promise<DocumentReading> {
    if (closed) throw new Error("reader pool closed");
    const reader = await acquire();
    return new Promise<DocumentReading>((resolve, reject) => {
      const child = reader.child;
      const timer = setTimeout(() => fail(new Error(`reader timed out after ${READ_TIMEOUT_MS / 1000} s`)), READ_TIMEOUT_MS);
      const onMessage = (message: { ok: true; reading: DocumentReading } | { ok: false; error: string }) => {
        cleanup();
        release(reader);
        if (message.ok) resolve(message.reading);
        else reject(new Error(message.error));
      };
      const onExit = (code: number | null, signal: string | null) => fail(new Error(`reader crashed (${signal ?? `exit ${code}`})`));
      function cleanup() {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
      }
      function fail(error: Error) {
        cleanup();
        retire(reader);
        reject(error);
      }
      child.on("message", onMessage);
      child.once("exit", onExit);
      reader.busy = request;
      child.send(request);
    });
  }

  return {
    read,
    get size() {
      return size;
    },
    close() {
      closed = true;
      for (const reader of idle.splice(0)) reader.child.kill("SIGTERM");
    },
  };
}

interface Reader {
  child: ChildProcess;
  busy: ReadRequest | null;
}
