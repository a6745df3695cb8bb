import "server-only";
import type { Db, Tx } from "@/db/client";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import { recordAuditEvent } from "@/db/queries/audit";
import { getFilingHead, revisionExists, writeRevision, type FilingHead, type MaterialWrite } from "@/db/queries/record-revision";
import {
  checkFiling,
  contactKeysOf,
  RULE_SET_VERSION,
  type CrossFilingIndex,
  type ImageMeasures,
  type Violation,
} from "@/lib/domain/rules";
import { chinaDate } from "@/lib/domain/time/china-time";
import type { Filing } from "@/lib/domain/validation/filing";
import { planDocumentCheck, queueDocumentJobs } from "../documents/document-check";
import { ServiceError } from "../errors";

// The one commit step of every ingestion — the API, the demo seed and the bulk seed all end
// here, inside their transaction: the revision rule, the rules engine against the database's
// other filings, the rows, the audit event.

export interface RevisionToCommit {
  filing: Filing;
  receivedAt: number;
  /** Stored rows of the materials, in document order. */
  materials: MaterialWrite[];
  /** Image measures by material index (null: not an image). */
  measures: (ImageMeasures | null)[];
}

export interface CommittedRevision {
  filingId: number;
  revisionId: number;
  violations: Violation[];
}

/** A new order starts at revision 1; a known one takes exactly the next revision. */
export function checkRevisionSequence(head: FilingHead | undefined, exists: boolean, filing: Filing): void {
  const { externalId, revision } = filing;
  if (exists) throw new ServiceError("conflict", `filing ${externalId} revision ${revision} exists already`);
  if (!head && revision !== 1) {
    throw new ServiceError("conflict", `filing ${externalId} is new: its first revision must be 1, not ${revision}`, [
      { path: "revision", message: "must be 1 for a new externalId" },
    ]);
  }
  if (head && revision !== head.currentRevision + 1) {
    throw new ServiceError(
      "conflict",
      `filing ${externalId} is at revision ${head.currentRevision}; the next revision must be ${head.currentRevision + 1}`,
      [{ path: "revision", message: `must be ${head.currentRevision + 1}` }],
    );
  }
}

/** Reads the order's state and applies the revision rule: before any file is stored, and again at commit. */
export function assertRevisionOpen(tx: Tx | Parameters<typeof getFilingHead>[0], filing: Filing): FilingHead | undefined {
  const head = getFilingHead(tx, filing.externalId);
  checkRevisionSequence(head, head !== undefined && revisionExists(tx, head.id, filing.revision), filing);
  return head;
}

export function commitRevision(tx: Tx, others: CrossFilingIndex, item: RevisionToCommit): CommittedRevision {
  const { filing, receivedAt } = item;
  // Checked again inside the transaction: two uploads of one revision cannot both land.
  const head = assertRevisionOpen(tx, filing);
  // Documents already read (same bytes, same kind) join this rule run; the others are queued.
  const documents = planDocumentCheck(tx, filing, item.materials);
  const violations = checkFiling({
    filing,
    asOf: chinaDate(receivedAt),
    materials: item.measures.map((image, index) => ({ index, image })),
    others,
    documents: documents.documents,
  });
  const { filingId, revisionId } = writeRevision(tx, head, {
    document: filing,
    receivedAt,
    ruleSetVersion: RULE_SET_VERSION,
    violations,
    materials: item.materials,
    contacts: contactKeysOf(filing),
    documentCheck: documents.toRead.length > 0 ? "pending" : "done",
  });
  queueDocumentJobs(tx, revisionId, documents, receivedAt);
  recordAuditEvent(tx, {
    action: "filing.ingested",
    actorEmail: "upstream",
    filingId,
    at: receivedAt,
    detail: { externalId: filing.externalId, revision: filing.revision, violations: violations.length },
  });
  return { filingId, revisionId, violations };
}

/** Many revisions whose files are already stored, in one transaction (the bulk seed). */
export function commitRevisionBatch(db: Db, items: readonly RevisionToCommit[]): CommittedRevision[] {
  const others = createCrossFilingIndex(db);
  return db.transaction((tx) => items.map((item) => commitRevision(tx, others, item)), { behavior: "immediate" });
}
