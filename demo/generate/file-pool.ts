import { prepareFile, type PreparedFile } from "@/lib/filings/prepare-files";
import { sniffFile } from "@/lib/images/sniff";
import type { BlobStore } from "@/lib/storage/blob-store";
import type { FileSpec } from "./materials";
import { GENERIC_VARIANTS, type FileBytes } from "./render-files";

// The bulk seed's files: a few generic renders, each checked, measured, rendered into its
// derivatives and stored ONCE, then named by any number of filings (blobs are content-addressed).

export interface PooledFile {
  prepared: PreparedFile;
  previewSha256: string | null;
  thumbSha256: string | null;
}

export interface FilePool {
  /** The pool entry a file spec maps to. */
  keyOf(spec: FileSpec): string;
  /** Prepares and stores the entries these specs need that the pool lacks. */
  ensure(specs: Iterable<FileSpec>): Promise<void>;
  get(key: string): PooledFile;
  readonly size: number;
}

/** A spec reduced to what its generic render depends on. */
function genericSpec(spec: FileSpec): FileSpec {
  if (spec.type === "video") return spec;
  const variant = spec.quality === "clean" ? (spec.data.variant ?? 0) % GENERIC_VARIANTS : 0;
  return { ...spec, data: { ...spec.data, variant } };
}

export function createFilePool(store: BlobStore, bytes: FileBytes): FilePool {
  const entries = new Map<string, PooledFile>();
  const keyOf = (spec: FileSpec) => {
    if (spec.type === "video") return `video:${spec.format}`;
    const variant = spec.quality === "clean" ? (spec.data.variant ?? 0) % GENERIC_VARIANTS : 0;
    const gender = spec.render === "verification_photo" || spec.render === "handheld_certificate" ? (spec.data.gender ?? "") : "";
    return `${spec.render}:${spec.quality}:${variant}:${gender}`;
  };

  async function add(key: string, spec: FileSpec): Promise<void> {
    const data = await bytes(genericSpec(spec), false);
    const sniffed = sniffFile(data);
    if (!sniffed) throw new Error(`pool file ${key} has an unknown type`);
    const prepared = await prepareFile(data, sniffed, spec.name);
    await store.put(prepared.bytes);
    const image = prepared.image;
    entries.set(key, {
      prepared,
      previewSha256: image ? (await store.put(image.preview)).sha256 : null,
      thumbSha256: image ? (await store.put(image.thumb)).sha256 : null,
    });
  }

  return {
    keyOf,
    async ensure(specs) {
      const missing = new Map<string, FileSpec>();
      for (const spec of specs) {
        const key = keyOf(spec);
        if (!entries.has(key) && !missing.has(key)) missing.set(key, spec);
      }
      // Two at a time: one per core, each decode and encode single-threaded.
      const queue = [...missing];
      await Promise.all(
        [0, 1].map(async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await add(next[0], next[1]);
        }),
      );
    },
    get(key) {
      const entry = entries.get(key);
      if (!entry) throw new Error(`file pool has no ${key}`);
      return entry;
    },
    get size() {
      return entries.size;
    },
  };
}
