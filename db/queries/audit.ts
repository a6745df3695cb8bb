import "server-only";
import { auditEvents } from "@/db/schema";
import type { Db } from "@/db/client";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_throttled"
  | "auth.sign_out"
  | "pii.searched"
  | "material.read"
  | "filing.ingested"
  | "filing.rechecked"
  | "filing.documents_checked"
  | "filing.claimed"
  | "filing.released"
  | "filing.decided"
  | "filing.override"
  | "filing.reopened"
  | "filing.qa_reviewed"
  | "filing.decision_undone"
  | "filing.decision_released"
  | "pii.revealed"
  | "user.created"
  | "user.deactivated"
  | "user.password_set";

export interface AuditEventInput {
  action: AuditAction;
  actorId?: number | null;
  actorEmail?: string | null;
  filingId?: number | null;
  detail?: Record<string, unknown>;
  at?: number;
}

/** Call inside the caller's transaction so the event commits or rolls back with the change. */
export function recordAuditEvent(db: Pick<Db, "insert">, event: AuditEventInput): void {
  db.insert(auditEvents)
    .values({
      at: event.at ?? Date.now(),
      action: event.action,
      actorId: event.actorId ?? null,
      actorEmail: event.actorEmail ?? null,
      filingId: event.filingId ?? null,
      detail: JSON.stringify(event.detail ?? {}),
    })
    .run();
}

/** Several events in one transaction (one fsync): for high-volume records such as image reads. */
export function recordAuditEvents(db: Db, events: readonly AuditEventInput[]): void {
  if (events.length === 0) return;
  db.transaction((tx) => {
    tx.insert(auditEvents)
      .values(
        events.map((event) => ({
          at: event.at ?? Date.now(),
          action: event.action,
          actorId: event.actorId ?? null,
          actorEmail: event.actorEmail ?? null,
          filingId: event.filingId ?? null,
          detail: JSON.stringify(event.detail ?? {}),
        })),
      )
      .run();
  });
}
