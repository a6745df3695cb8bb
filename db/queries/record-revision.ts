import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Violation } from "@/lib/domain/rules";
import type { Filing as FilingDocument } from "@/lib/domain/validation/filing";
import { slaDueAt } from "@/lib/domain/time/china-time";
import type { Db, Tx } from "@/db/client";
import { filingContacts, filingRevisions, filings, materials, violations } from "@/db/schema";
import { severitySummary, violationRows } from "@/db/queries/violation-rows";

export interface MaterialWrite {
  idx: number;
  kind: string;
  website: number | null;
  fileName: string;
  sha256: string;
  mediaType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  previewSha256: string | null;
  thumbSha256: string | null;
  chroma: number | null;
  laplacianVariance: number | null;
}

export interface RevisionWrite {
  document: FilingDocument;
  receivedAt: number;
  ruleSetVersion: string;
  violations: Violation[];
  materials: MaterialWrite[];
  contacts: { mobiles: string[]; sitePrincipalIds: string[] };
  /** 证照比对: pending while documents wait to be read, else done. */
  documentCheck: "pending" | "done";
}

export type FilingHead = NonNullable<ReturnType<typeof getFilingHead>>;

export function getFilingHead(db: Db | Tx, externalId: string) {
  return db
    .select({ id: filings.id, currentRevision: filings.currentRevision, status: filings.status })
    .from(filings)
    .where(eq(filings.externalId, externalId))
    .get();
}

export function revisionExists(db: Db | Tx, filingId: number, revision: number): boolean {
  return (
    db
      .select({ id: filingRevisions.id })
      .from(filingRevisions)
      .where(and(eq(filingRevisions.filingId, filingId), eq(filingRevisions.revision, revision)))
      .get() !== undefined
  );
}

function summaryOf(write: RevisionWrite) {
  const doc = write.document;
  const submittedAt = Date.parse(doc.submittedAt);
  return {
    currentRevision: doc.revision,
    status: "pending" as const,
    type: doc.type,
    province: doc.province,
    subjectKind: doc.subject.kind,
    subjectName: doc.subject.name,
    certificateNumber: doc.subject.certificateNumber.toUpperCase(),
    principalName: doc.principal.name,
    principalMobile: doc.principal.mobile,
    domains: doc.websites.map((w) => w.domain).join(" "),
    accountId: doc.accountId ?? null,
    documentCheck: write.documentCheck,
    submittedAt,
    slaDueAt: slaDueAt(submittedAt),
    ...severitySummary(write.violations),
    updatedAt: write.receivedAt,
  };
}

/**
 * Writes one revision with its materials, violations and contact keys, and points the filing
 * (`head`, as read in the same transaction; undefined for a new order) at it. Whether the
 * revision may be written is the caller's rule (lib/services/ingest), checked in that transaction.
 */
export function writeRevision(tx: Tx, head: FilingHead | undefined, write: RevisionWrite): { filingId: number; revisionId: number } {
  const doc = write.document;

  const summary = summaryOf(write);
  let filingId: number;
  if (head) {
    filingId = head.id;
  } else {
    filingId = tx
      .insert(filings)
      .values({ externalId: doc.externalId, currentRevisionId: 0, ...summary })
      .returning({ id: filings.id })
      .get().id;
  }
  const revisionId = tx
    .insert(filingRevisions)
    .values({
      filingId,
      revision: doc.revision,
      document: JSON.stringify(doc),
      receivedAt: write.receivedAt,
      ruleSetVersion: write.ruleSetVersion,
    })
    .returning({ id: filingRevisions.id })
    .get().id;
  if (head) {
    tx.update(filings)
      .set({ ...summary, currentRevisionId: revisionId, version: sql`${filings.version} + 1` })
      .where(eq(filings.id, filingId))
      .run();
  } else {
    tx.update(filings).set({ currentRevisionId: revisionId }).where(eq(filings.id, filingId)).run();
  }

  if (write.materials.length > 0)
    tx.insert(materials)
      .values(write.materials.map((m) => ({ ...m, revisionId })))
      .run();
  if (write.violations.length > 0)
    tx.insert(violations)
      .values(violationRows(revisionId, write.violations, write.ruleSetVersion))
      .run();

  tx.delete(filingContacts).where(eq(filingContacts.filingId, filingId)).run();
  const contactRows = [
    ...write.contacts.mobiles.map((value) => ({ kind: "mobile" as const, value })),
    ...write.contacts.sitePrincipalIds.map((value) => ({ kind: "site_principal_id" as const, value })),
  ].map((c) => ({ ...c, filingId, certificateNumber: summary.certificateNumber, subjectKind: doc.subject.kind }));
  if (contactRows.length > 0) tx.insert(filingContacts).values(contactRows).run();

  return { filingId, revisionId };
}
