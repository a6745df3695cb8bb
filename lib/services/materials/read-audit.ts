import "server-only";
import { getDb } from "@/db/client";
import { recordAuditEvents, type AuditEventInput } from "@/db/queries/audit";

// Every read of a document image is recorded (who, which material, which size, when). The
// viewer loads several images at once; writing each row in its own transaction would cost an
// fsync apiece, so reads collected within FLUSH_MS are written together in one transaction.
// At worst a crash loses the last FLUSH_MS of read records; a clean stop flushes them.

const FLUSH_MS = 50;
const MAX_PENDING = 500;

const pending: AuditEventInput[] = [];
let timer: NodeJS.Timeout | null = null;

export function flushReadAudit(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (pending.length === 0) return;
  const batch = pending.splice(0, pending.length);
  recordAuditEvents(getDb(), batch);
}

export function recordMaterialRead(event: {
  actor: { id: number; email: string };
  filingId: number;
  materialId: number;
  kind: string;
  variant: string;
  at?: number;
}): void {
  pending.push({
    action: "material.read",
    actorId: event.actor.id,
    actorEmail: event.actor.email,
    filingId: event.filingId,
    at: event.at ?? Date.now(),
    detail: { material: event.materialId, kind: event.kind, variant: event.variant },
  });
  if (pending.length >= MAX_PENDING) flushReadAudit();
  else timer ??= setTimeout(flushReadAudit, FLUSH_MS);
}

// "exit" runs synchronously on every clean stop (the server calls process.exit on SIGTERM).
process.once("exit", flushReadAudit);
