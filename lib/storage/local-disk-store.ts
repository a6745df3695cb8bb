import { createHash, randomBytes } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { assertSha256, BlobNotFoundError, type BlobStore, type ByteRange, type PutResult, type StoredBlob } from "@/lib/storage/blob-store";

/**
 * Content-addressed blobs under rootDir/ab/cd/<sha256>. Each put writes a temp file in the
 * target's own directory, fsyncs it, then publishes it with link(2), which fails when the name
 * already exists, so exactly one of two concurrent identical puts reports `created`.
 * Directories are 0700 and files 0600: the bytes are ID cards.
 */
export function createLocalDiskStore(rootDir: string): BlobStore {
  const root = path.resolve(rootDir);
  const dirOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256.slice(2, 4));
  const fileOf = (sha256: string) => path.join(dirOf(sha256), sha256);

  async function put(bytes: Buffer): Promise<PutResult> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const size = bytes.length;
    const target = fileOf(sha256);
    if ((await statSize(target)) === size) return { sha256, size, created: false };

    const dir = dirOf(sha256);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const temp = path.join(dir, `.${sha256}.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await fs.open(temp, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      const created = await publish(temp, target, size);
      await syncDir(dir);
      return { sha256, size, created };
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  async function get(sha256: string): Promise<Buffer> {
    assertSha256(sha256);
    try {
      return await fs.readFile(fileOf(sha256));
    } catch (error) {
      throw isNotFound(error) ? new BlobNotFoundError(sha256) : error;
    }
  }

  async function stat(sha256: string): Promise<{ size: number } | null> {
    assertSha256(sha256);
    const size = await statSize(fileOf(sha256));
    return size === null ? null : { size };
  }

  function openStream(sha256: string, range?: ByteRange): Readable {
    assertSha256(sha256);
    if (range) assertRange(range);
    const source = createReadStream(fileOf(sha256), range ? { start: range.start, end: range.end } : {});
    const out = new PassThrough();
    source.on("error", (error) => out.destroy(isNotFound(error) ? new BlobNotFoundError(sha256) : error));
    out.on("close", () => source.destroy());
    return source.pipe(out);
  }

  async function remove(sha256: string): Promise<void> {
    assertSha256(sha256);
    await fs.rm(fileOf(sha256), { force: true });
  }

  async function* list(): AsyncIterable<StoredBlob> {
    for (const first of await readDirOrEmpty(root)) {
      if (!HEX2.test(first)) continue;
      for (const second of await readDirOrEmpty(path.join(root, first))) {
        if (!HEX2.test(second)) continue;
        const dir = path.join(root, first, second);
        for (const name of await readDirOrEmpty(dir)) {
          // Temp files of puts in flight start with "."; only published names are blobs.
          if (!SHA256_NAME.test(name) || !name.startsWith(first + second)) continue;
          try {
            const info = await fs.stat(path.join(dir, name));
            yield { sha256: name, size: info.size, modifiedAt: info.mtimeMs };
          } catch (error) {
            if (!isNotFound(error)) throw error;
          }
        }
      }
    }
  }

  return { put, get, stat, createReadStream: openStream, delete: remove, list };
}

const HEX2 = /^[0-9a-f]{2}$/;
const SHA256_NAME = /^[0-9a-f]{64}$/;

async function readDirOrEmpty(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** True when this call created the name; false when identical bytes were already there. */
async function publish(temp: string, target: string, size: number): Promise<boolean> {
  try {
    await fs.link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      // Same name means same SHA-256; only a torn file from outside this store differs in size.
      if ((await statSize(target)) !== size) await fs.rename(temp, target);
      return false;
    }
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw error;
  }
  // File systems without hard links: rename is atomic but cannot tell a racing twin apart.
  const existed = (await statSize(target)) !== null;
  await fs.rename(temp, target);
  return !existed;
}

async function statSize(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).size;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Makes the new directory entry durable; some platforms cannot fsync a directory. */
async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, "r");
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close();
  }
}

function assertRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError("invalid byte range");
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
