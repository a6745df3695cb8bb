import { prepareFile, sha256Of, type PreparedFile } from "@/lib/services/ingest/prepare-files";
import { sniffFile } from "@/lib/domain/images/sniff";
import type { BlobStore } from "@/lib/storage/blob-store";
import type { FileSpec } from "@/demo/generate/materials";
import { GENERIC_VARIANTS, type FileBytes } from "@/demo/generate/render-files";

// The bulk seed's files: a few generic renders, each checked, measured, rendered into its
// derivatives and stored ONCE, then named by any number of filings (blobs are content-addressed).
// Generic on purpose, licences and ID cards included: they print the renderer's default company
// and person, not the filing's, and carry no capture or planted document fault (so a bulk
// filing's documentRules do not describe its files). Bulk filings exist for the 100 000-filing
// benchmarks, where documents are never read. Should the document reader run over a bulk
// database, its few pooled images are read once each (readings are cached by sha256) and every
// bulk filing would show DOC_* mismatches against those defaults.

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

/** `lease` is called with each entry's blobs before they are stored (see lib/services/blobs). */
export function createFilePool(store: BlobStore, bytes: FileBytes, lease: (shas: string[]) => Promise<void> = async () => {}): FilePool {
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
    const image = prepared.image;
    await lease([prepared.sha256, ...(image ? [sha256Of(image.preview), sha256Of(image.thumb)] : [])]);
    await store.put(prepared.bytes);
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
