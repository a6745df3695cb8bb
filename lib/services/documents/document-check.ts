import "server-only";
import type { Db, Tx } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import {
  getCachedReadings,
  getRevisionForCheck,
  getRevisionMaterials,
  insertJobs,
  jobsOfRevision,
  setDocumentCheck,
} from "@/db/queries/documents";
import { replaceViolations } from "@/db/queries/recheck";
import { readableMaterials } from "@/lib/domain/documents/readable";
import type { DocumentReading } from "@/lib/domain/documents/reading";
import { checkFiling, RULE_SET_VERSION, type DocumentFacts } from "@/lib/domain/rules";
import { chinaDate } from "@/lib/domain/time/china-time";
import { parseFiling, type Filing } from "@/lib/domain/validation/filing";

// 证照比对 around the rules engine: which documents of a revision need reading, what is already
// read (readings are cached by sha256 and kind), and the rule run that adds the DOC_* violations
// once every document of the revision is read (superseding the previous set, as a re-check does).

/** Identifies the engine and extraction behind a reading; a new one reads documents afresh. */
export const READER_VERSION = "pp-ocrv4/1";

export interface DocumentPlan {
  /** Every readable document already read: the DOC_* rules run at ingestion. */
  documents: DocumentFacts[] | undefined;
  /** Documents still to read (jobs to queue once the revision has its id). */
  toRead: { materialIdx: number; sha256: string; kind: string }[];
}

export function planDocumentCheck(tx: Tx | Db, filing: Filing, materials: readonly { sha256: string }[]): DocumentPlan {
  const readable = readableMaterials(filing);
  const cached = getCachedReadings(
    tx,
    readable.map((r) => ({ sha256: materials[r.index].sha256, kind: r.kind })),
  );
  const documents: DocumentFacts[] = [];
  const toRead: DocumentPlan["toRead"] = [];
  for (const r of readable) {
    const sha256 = materials[r.index].sha256;
    const reading = cached.get(`${sha256}|${r.kind}`);
    if (reading) documents.push({ index: r.index, reading: JSON.parse(reading) as DocumentReading });
    else toRead.push({ materialIdx: r.index, sha256, kind: r.kind });
  }
  return { documents: toRead.length === 0 && readable.length > 0 ? documents : toRead.length === 0 ? [] : undefined, toRead };
}

export function queueDocumentJobs(tx: Tx, revisionId: number, plan: DocumentPlan, now: number): void {
  insertJobs(
    tx,
    plan.toRead.map((j) => ({ revisionId, ...j })),
    now,
  );
}

/**
 * Once no job of the revision is queued or running: the rules again with every reading there is,
 * as a new rule run, and the filing's 证照比对 state done (or failed, when a document could not be
 * read — visible, and never blocking a decision). A revision that is no longer current is left be.
 */
export function completeRevisionCheck(db: Db, revisionId: number, now = Date.now()): "waiting" | "done" | "failed" | "stale" {
  return db.transaction(
    (tx) => {
      const jobs = jobsOfRevision(tx, revisionId);
      if (jobs.some((j) => j.status === "queued" || j.status === "running")) return "waiting";
      const revision = getRevisionForCheck(tx, revisionId);
      if (!revision || revision.currentRevisionId !== revisionId) return "stale";
      const parsed = parseFiling(JSON.parse(revision.document));
      if (!parsed.ok) return "stale";
      const filing = parsed.filing;
      const rows = getRevisionMaterials(tx, revisionId);
      const plan = planDocumentCheck(tx, filing, rows);
      const documents = plan.documents ?? documentsRead(tx, filing, rows);
      const violations = checkFiling({
        filing,
        asOf: chinaDate(revision.receivedAt),
        materials: rows.map((m) => ({
          index: m.idx,
          image:
            m.width !== null && m.height !== null && m.chroma !== null && m.laplacianVariance !== null
              ? { width: m.width, height: m.height, chroma: m.chroma, laplacianVariance: m.laplacianVariance }
              : null,
        })),
        others: createCrossFilingIndex(db),
        documents,
      });
      const failed = jobs.some((j) => j.status === "failed");
      replaceViolations(tx, { filingId: revision.filingId, revisionId, violations, ruleSetVersion: RULE_SET_VERSION, now });
      setDocumentCheck(tx, revision.filingId, failed ? "failed" : "done");
      recordAuditEvent(tx, {
        action: "filing.documents_checked",
        actorEmail: "reader",
        filingId: revision.filingId,
        at: now,
        detail: {
          revisionId,
          read: documents.length,
          failed: jobs.filter((j) => j.status === "failed").length,
          documentViolations: violations.filter((v) => v.rule.startsWith("DOC_")).length,
        },
      });
      return failed ? "failed" : "done";
    },
    { behavior: "immediate" },
  );
}

/** The readings there are for a revision some of whose documents could not be read. */
function documentsRead(tx: Tx, filing: Filing, rows: readonly { sha256: string }[]): DocumentFacts[] {
  const readable = readableMaterials(filing);
  const cached = getCachedReadings(
    tx,
    readable.map((r) => ({ sha256: rows[r.index].sha256, kind: r.kind })),
  );
  return readable.flatMap((r) => {
    const reading = cached.get(`${rows[r.index].sha256}|${r.kind}`);
    return reading ? [{ index: r.index, reading: JSON.parse(reading) as DocumentReading }] : [];
  });
}
