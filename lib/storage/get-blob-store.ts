import path from "node:path";
import type { BlobStore } from "@/lib/storage/blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";

export const DEFAULT_UPLOADS_DIR = "data/uploads";

let store: BlobStore | undefined;

/** The process-wide store, rooted at UPLOADS_DIR (relative paths resolve from the working dir). */
export function getBlobStore(): BlobStore {
  store ??= createLocalDiskStore(path.resolve(/*turbopackIgnore: true*/ process.env.UPLOADS_DIR || DEFAULT_UPLOADS_DIR));
  return store;
}
