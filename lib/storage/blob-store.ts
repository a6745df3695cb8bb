import type { Readable } from "node:stream";

// File bytes go through this interface only, so an S3-compatible store can replace the local
// disk without touching callers. Blobs are addressed by the SHA-256 of their bytes.

/** Inclusive byte offsets, as in an HTTP Range header and fs.createReadStream. */
export type ByteRange = { start: number; end: number };

export type PutResult = {
  sha256: string;
  size: number;
  /** False when identical bytes were already stored: a failed request must not delete them. */
  created: boolean;
};

export interface BlobStore {
  put(bytes: Buffer): Promise<PutResult>;
  /** Rejects with BlobNotFoundError when absent. */
  get(sha256: string): Promise<Buffer>;
  stat(sha256: string): Promise<{ size: number } | null>;
  /** Emits BlobNotFoundError when absent. */
  createReadStream(sha256: string, range?: ByteRange): Readable;
  /** Absent blobs are fine (idempotent). */
  delete(sha256: string): Promise<void>;
  /** Every stored blob with its last write time (the sweeper's and the backup's view). */
  list(): AsyncIterable<StoredBlob>;
}

export type StoredBlob = { sha256: string; size: number; modifiedAt: number };

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob not found: ${sha256}`);
    this.name = "BlobNotFoundError";
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Keys are lowercase hex digests; anything else (e.g. "../") is refused before it nears a path. */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new TypeError("invalid blob key: expected 64 lowercase hex digits");
}
