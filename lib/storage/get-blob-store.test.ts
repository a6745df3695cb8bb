import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it, vi } from "vitest";

const saved = process.env.UPLOADS_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.UPLOADS_DIR;
  else process.env.UPLOADS_DIR = saved;
  vi.resetModules();
});

it("roots the shared store at UPLOADS_DIR and returns the same instance", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "uploads-"));
  try {
    process.env.UPLOADS_DIR = root;
    const { getBlobStore } = await import("@/lib/storage/get-blob-store");
    expect(getBlobStore()).toBe(getBlobStore());
    const { sha256 } = await getBlobStore().put(Buffer.from("x"));
    expect(await readdir(root)).toEqual([sha256.slice(0, 2)]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
