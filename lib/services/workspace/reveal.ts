import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { getCurrentRevision } from "@/db/queries/recheck";
import { documentFields, valueAtPath } from "@/lib/domain/filings/document-fields";

/**
 * Shows one personal number of the current revision in full and records who looked at it, in
 * the same transaction: no reveal without its audit row. Only fields marked as personal data
 * can be revealed this way.
 */
export function revealPersonalValue(
  actor: { id: number; email: string },
  filingId: number,
  path: string,
  options: { db?: Db; now?: number } = {},
): string | null {
  const db = options.db ?? getDb();
  return db.transaction(
    (tx) => {
      const current = getCurrentRevision(tx, filingId);
      if (!current) return null;
      const document = JSON.parse(current.document) as Record<string, unknown>;
      const field = documentFields(document).find((f) => f.path === path);
      if (!field?.pii) return null;
      recordAuditEvent(tx, {
        action: "pii.revealed",
        actorId: actor.id,
        actorEmail: actor.email,
        filingId,
        at: options.now,
        detail: { path, revision: current.revision },
      });
      return String(valueAtPath(document, path) ?? "");
    },
    { behavior: "immediate" },
  );
}
