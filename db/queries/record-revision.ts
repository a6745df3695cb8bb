import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Violation } from "@/lib/rules";
import type { Filing as FilingDocument } from "@/lib/validation/filing";
import { IngestError } from "@/lib/filings/ingest-error";
import { slaDueAt } from "@/lib/filings/china-time";
import type { Db } from "../client";
import { filingContacts, filingRevisions, filings, materials, violations } from "../schema";
import { recordAuditEvent } from "./audit";
import { severitySummary, violationRows } from "./violation-rows";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

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
}

export function getFilingHead(db: Db | Tx, externalId: string) {
  return db
    .select({ id: filings.id, currentRevision: filings.currentRevision, status: filings.status })
    .from(filings)
    .where(eq(filings.externalId, externalId))
    .get();
}

export function revisionExists(db: Db | Tx, filingId: number, revision: number): boolean {
  return db.select({ id: filingRevisions.id }).from(filingRevisions).where(and(eq(filingRevisions.filingId, filingId), eq(filingRevisions.revision, revision))).get() !== undefined;
}

/** The revision numbers a new document may carry: any for a new order, else exactly current + 1. */
export function assertRevisionAcceptable(head: { currentRevision: number } | undefined, externalId: string, revision: number, exists: boolean): void {
  if (exists) throw new IngestError(409, `filing ${externalId} revision ${revision} exists already`);
  if (head && revision !== head.currentRevision + 1) {
    throw new IngestError(409, `filing ${externalId} is at revision ${head.currentRevision}; the next revision must be ${head.currentRevision + 1}`);
  }
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
    submittedAt,
    slaDueAt: slaDueAt(submittedAt),
    ...severitySummary(write.violations),
    updatedAt: write.receivedAt,
  };
}

/**
 * Writes one revision with its materials, violations and contact keys, and points the filing
 * at it. Runs inside the caller's transaction; the revision check is repeated here so two
 * concurrent uploads of the same revision cannot both land.
 */
export function writeRevision(tx: Tx, write: RevisionWrite): { filingId: number; revisionId: number } {
  const doc = write.document;
  const head = getFilingHead(tx, doc.externalId);
  const exists = head !== undefined && revisionExists(tx, head.id, doc.revision);
  assertRevisionAcceptable(head, doc.externalId, doc.revision, exists);

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
    .values({ filingId, revision: doc.revision, document: JSON.stringify(doc), receivedAt: write.receivedAt, ruleSetVersion: write.ruleSetVersion })
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

  if (write.materials.length > 0) tx.insert(materials).values(write.materials.map((m) => ({ ...m, revisionId }))).run();
  if (write.violations.length > 0) tx.insert(violations).values(violationRows(revisionId, write.violations, write.ruleSetVersion)).run();

  tx.delete(filingContacts).where(eq(filingContacts.filingId, filingId)).run();
  const contactRows = [
    ...write.contacts.mobiles.map((value) => ({ kind: "mobile" as const, value })),
    ...write.contacts.sitePrincipalIds.map((value) => ({ kind: "site_principal_id" as const, value })),
  ].map((c) => ({ ...c, filingId, certificateNumber: summary.certificateNumber, subjectKind: doc.subject.kind }));
  if (contactRows.length > 0) tx.insert(filingContacts).values(contactRows).run();

  recordAuditEvent(tx, {
    action: "filing.ingested",
    actorEmail: "upstream",
    filingId,
    at: write.receivedAt,
    detail: { externalId: doc.externalId, revision: doc.revision, violations: write.violations.length },
  });
  return { filingId, revisionId };
}
