import "server-only";
import { getDb, type Db } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { getCurrentRevision } from "@/db/queries/recheck";
import { readingsOfRevision } from "@/db/queries/documents";
import { comparedPath } from "@/lib/domain/documents/document-fields";
import type { DocumentReading } from "@/lib/domain/documents/reading";
import { documentFields, valueAtPath } from "@/lib/domain/filings/document-fields";
import type { Filing } from "@/lib/domain/validation/filing";

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
): { value: string; onDocument: string | null } | null {
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
      return { value: String(valueAtPath(document, path) ?? ""), onDocument: documentValueAt(db, current.revisionId, document, path) };
    },
    { behavior: "immediate" },
  );
}

/** What a read document says for the same field (shown masked until revealed, like the entered value). */
function documentValueAt(db: Db, revisionId: number, document: Record<string, unknown>, path: string): string | null {
  for (const [idx, row] of readingsOfRevision(db, revisionId)) {
    const reading = JSON.parse(row.reading) as DocumentReading;
    for (const [field, value] of Object.entries(reading.fields)) {
      if (comparedPath(document as Filing, idx, reading.kind, field) === path) return value.text;
    }
  }
  return null;
}
