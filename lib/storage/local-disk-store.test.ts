import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BlobNotFoundError, type BlobStore } from "@/lib/storage/blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const MISSING = "0".repeat(64);

let root: string;
let store: BlobStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "blob-store-"));
  store = createLocalDiskStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("createLocalDiskStore", () => {
  it("lists published blobs with size and write time, never a put's temp file", async () => {
    const a = await store.put(Buffer.from("a"));
    const b = await store.put(Buffer.from("bb"));
    const dir = path.join(root, a.sha256.slice(0, 2), a.sha256.slice(2, 4));
    await writeFile(path.join(dir, `.${a.sha256}.123.tmp`), "partial");
    const listed = [];
    for await (const blob of store.list()) listed.push(blob);
    expect(listed.map((l) => l.sha256).sort()).toEqual([a.sha256, b.sha256].sort());
    expect(listed.find((l) => l.sha256 === b.sha256)?.size).toBe(2);
    expect(Math.abs(listed[0].modifiedAt - Date.now())).toBeLessThan(60_000);
  });

  it("stores bytes content-addressed under ab/cd/<sha256> with private permissions", async () => {
    const bytes = Buffer.from("营业执照 scan bytes");
    const result = await store.put(bytes);
    const digest = sha(bytes);
    expect(result).toEqual({ sha256: digest, size: bytes.length, created: true });
    const file = path.join(root, digest.slice(0, 2), digest.slice(2, 4), digest);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(await store.get(digest)).toEqual(bytes);
    expect(await store.stat(digest)).toEqual({ size: bytes.length });
  });

  it("reports created: false when the bytes already existed, and leaves no temp files", async () => {
    const bytes = Buffer.from("same bytes");
    expect((await store.put(bytes)).created).toBe(true);
    expect((await store.put(bytes)).created).toBe(false);
    const digest = sha(bytes);
    expect(await readdir(path.join(root, digest.slice(0, 2), digest.slice(2, 4)))).toEqual([digest]);
  });

  it("lets exactly one of several concurrent identical puts claim creation", async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await store.get(sha(bytes))).toEqual(bytes);
  });

  it("repairs a torn file of the wrong size without claiming creation", async () => {
    const bytes = Buffer.from("complete content");
    const digest = sha(bytes);
    await store.put(bytes);
    await writeFile(path.join(root, digest.slice(0, 2), digest.slice(2, 4), digest), "torn");
    expect((await store.put(bytes)).created).toBe(false);
    expect(await store.get(digest)).toEqual(bytes);
  });

  it("streams whole blobs and inclusive byte ranges", async () => {
    const { sha256 } = await store.put(Buffer.from("0123456789"));
    expect(await text(store.createReadStream(sha256))).toBe("0123456789");
    expect(await text(store.createReadStream(sha256, { start: 2, end: 5 }))).toBe("2345");
    expect(await text(store.createReadStream(sha256, { start: 9, end: 9 }))).toBe("9");
    expect(() => store.createReadStream(sha256, { start: 5, end: 2 })).toThrow(RangeError);
  });

  it("reports absent blobs as BlobNotFoundError / null", async () => {
    await expect(store.get(MISSING)).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await store.stat(MISSING)).toBeNull();
    await expect(text(store.createReadStream(MISSING))).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it("deletes idempotently", async () => {
    const { sha256 } = await store.put(Buffer.from("to delete"));
    await store.delete(sha256);
    await store.delete(sha256);
    expect(await store.stat(sha256)).toBeNull();
  });

  it("refuses keys that are not lowercase SHA-256 hex before touching the disk", async () => {
    for (const key of ["../../etc/passwd", "A".repeat(64), "abc", `${"a".repeat(63)}/`]) {
      await expect(store.get(key)).rejects.toThrow(TypeError);
      await expect(store.stat(key)).rejects.toThrow(TypeError);
      await expect(store.delete(key)).rejects.toThrow(TypeError);
      expect(() => store.createReadStream(key)).toThrow(TypeError);
    }
  });
});
