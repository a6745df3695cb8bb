import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import { deleteLeases } from "@/db/queries/blob-leases";
import { assertRevisionAcceptable, getFilingHead, revisionExists, writeRevision, type MaterialWrite } from "@/db/queries/record-revision";
import { leaseForIngest, newLeaseOwner, releaseLeases } from "@/lib/services/blobs/blob-leases";
import { checkFiling, contactKeysOf, RULE_SET_VERSION, type Violation } from "@/lib/rules";
import type { BlobStore } from "@/lib/storage/blob-store";
import { parseFiling, type Filing } from "@/lib/validation/filing";
import { chinaDate } from "./china-time";
import { IngestError } from "./ingest-error";
import { materialRow } from "./material-row";
import { prepareFiles, type PreparedFile } from "./prepare-files";

export interface IngestDeps {
  db: Db;
  store: BlobStore;
  now?: () => number;
}

export interface IngestResult {
  id: number;
  externalId: string;
  revision: number;
  violations: Violation[];
}

/**
 * The one way a filing enters the console; the API and the seed are thin callers.
 * Order matters: validate everything, then put files on disk, then commit one transaction
 * that names them. A failure removes exactly the files this call created.
 */
export async function ingestFiling(deps: IngestDeps, document: unknown, files: ReadonlyMap<string, Buffer>): Promise<IngestResult> {
  const parsed = parseFiling(document);
  if (!parsed.ok) throw new IngestError(400, "invalid filing", parsed.issues);
  const filing = parsed.filing;
  const prepared = await prepareFiles(filing, files);
  return storeAndCommit(deps, filing, prepared);
}

/**
 * Shared by the single and the bulk path: files already checked and rendered. A refused or
 * failed request deletes nothing: its blobs may already be named by a concurrent filing with the
 * same bytes; the sweeper removes what no row names after an hour.
 */
export async function storeAndCommit(deps: IngestDeps, filing: Filing, prepared: ReadonlyMap<string, PreparedFile>): Promise<IngestResult> {
  // Refuse an existing or out-of-sequence revision before a single byte is written.
  assertRevisionOpen(deps.db, filing);
  const owner = newLeaseOwner("ingest");
  await leaseForIngest(deps.db, blobHashes(prepared), owner);
  try {
    const stored = await storePrepared(deps.store, prepared);
    const receivedAt = (deps.now ?? Date.now)();
    return deps.db.transaction(
      (tx) => {
        const violations = evaluate(deps.db, filing, prepared, chinaDate(receivedAt));
        const { filingId } = writeRevision(tx, {
          document: filing,
          receivedAt,
          ruleSetVersion: RULE_SET_VERSION,
          violations,
          materials: materialRows(filing, prepared, stored),
          contacts: contactKeysOf(filing),
        });
        deleteLeases(tx, owner);
        return { id: filingId, externalId: filing.externalId, revision: filing.revision, violations };
      },
      { behavior: "immediate" },
    );
  } finally {
    releaseLeases(deps.db, owner);
  }
}

/** Runs inside the write transaction so the cross-filing index cannot change under it. */
export function evaluate(db: Db, filing: Filing, prepared: ReadonlyMap<string, PreparedFile>, asOf: string): Violation[] {
  const materials = filing.materials.map((m, index) => ({ index, image: prepared.get(m.file)?.image?.measures ?? null }));
  return checkFiling({ filing, asOf, materials, others: createCrossFilingIndex(db) });
}

function assertRevisionOpen(db: Db, filing: Filing): void {
  const head = getFilingHead(db, filing.externalId);
  assertRevisionAcceptable(head, filing.externalId, filing.revision, head !== undefined && revisionExists(db, head.id, filing.revision));
}

interface StoredFile {
  previewSha256: string | null;
  thumbSha256: string | null;
}

function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function blobHashes(prepared: ReadonlyMap<string, PreparedFile>): string[] {
  return [...prepared.values()].flatMap((file) => [file.bytes, ...(file.image ? [file.image.preview, file.image.thumb] : [])]).map(sha256Of);
}

async function storePrepared(store: BlobStore, prepared: ReadonlyMap<string, PreparedFile>): Promise<Map<string, StoredFile>> {
  const stored = new Map<string, StoredFile>();
  const put = async (bytes: Buffer) => (await store.put(bytes)).sha256;
  for (const [name, file] of prepared) {
    await put(file.bytes);
    stored.set(name, {
      previewSha256: file.image ? await put(file.image.preview) : null,
      thumbSha256: file.image ? await put(file.image.thumb) : null,
    });
  }
  return stored;
}

function materialRows(filing: Filing, prepared: ReadonlyMap<string, PreparedFile>, stored: ReadonlyMap<string, StoredFile>): MaterialWrite[] {
  return filing.materials.map((m, idx) => materialRow(m, idx, prepared.get(m.file)!, stored.get(m.file)!));
}
