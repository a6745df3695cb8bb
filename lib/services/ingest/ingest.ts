import "server-only";
import type { Db } from "@/db/client";
import { deleteLeases } from "@/db/queries/blob-leases";
import { createCrossFilingIndex } from "@/db/queries/contacts";
import type { Violation } from "@/lib/domain/rules";
import { parseFiling, type Filing } from "@/lib/domain/validation/filing";
import type { BlobStore } from "@/lib/storage/blob-store";
import { leaseForIngest, newLeaseOwner, releaseLeases } from "../blobs/blob-leases";
import { ServiceError } from "../errors";
import { assertRevisionOpen, commitRevision } from "./commit-revision";
import { materialRow } from "./material-row";
import { prepareFiles, sha256Of, type PreparedFile } from "./prepare-files";

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
 * Order matters: validate everything and refuse a taken revision, then put files on disk, then
 * commit one transaction that names them.
 */
export async function ingestFiling(deps: IngestDeps, document: unknown, files: ReadonlyMap<string, Buffer>): Promise<IngestResult> {
  const parsed = parseFiling(document);
  if (!parsed.ok) throw new ServiceError("invalid", "invalid filing", parsed.issues);
  const filing = parsed.filing;
  // Before a single byte is decoded or written: a resubmission of a stored revision costs nothing.
  assertRevisionOpen(deps.db, filing);
  const prepared = await prepareFiles(filing, files);
  return storeAndCommit(deps, filing, prepared);
}

/**
 * Leases the blobs, stores them, commits. A refused or failed request deletes nothing: its
 * blobs may already be named by a concurrent filing with the same bytes; the sweeper removes
 * what no row names after an hour.
 */
async function storeAndCommit(deps: IngestDeps, filing: Filing, prepared: ReadonlyMap<string, PreparedFile>): Promise<IngestResult> {
  const owner = newLeaseOwner("ingest");
  await leaseForIngest(deps.db, blobHashes(prepared), owner);
  try {
    const stored = await storePrepared(deps.store, prepared);
    const receivedAt = (deps.now ?? Date.now)();
    const materials = filing.materials.map((m, idx) => materialRow(m, idx, prepared.get(m.file)!, stored.get(m.file)!));
    const measures = filing.materials.map((m) => prepared.get(m.file)?.image?.measures ?? null);
    return deps.db.transaction(
      (tx) => {
        // The index reads through the same connection, so it sees this transaction.
        const committed = commitRevision(tx, createCrossFilingIndex(deps.db), { filing, receivedAt, materials, measures });
        deleteLeases(tx, owner);
        return { id: committed.filingId, externalId: filing.externalId, revision: filing.revision, violations: committed.violations };
      },
      { behavior: "immediate" },
    );
  } finally {
    releaseLeases(deps.db, owner);
  }
}

function blobHashes(prepared: ReadonlyMap<string, PreparedFile>): string[] {
  return [...prepared.values()].flatMap((file) => [
    file.sha256,
    ...(file.image ? [sha256Of(file.image.preview), sha256Of(file.image.thumb)] : []),
  ]);
}

interface StoredFile {
  previewSha256: string | null;
  thumbSha256: string | null;
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
