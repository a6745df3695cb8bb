import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeFiling } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import type { BlobStore } from "@/lib/storage/blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { claimForSweep, leaseForIngest, newLeaseOwner, releaseLeases } from "@/lib/services/blobs/blob-leases";
import { sweepBlobs } from "@/lib/services/blobs/sweep-blobs";

const HOUR = 60 * 60 * 1000;
let temp: ReturnType<typeof createTempDb>;
let store: BlobStore;
let root: string;

beforeEach(() => {
  temp = createTempDb();
  root = path.join(temp.dir, "uploads");
  store = createLocalDiskStore(root);
});
afterEach(() => temp.cleanup());

/** Stores bytes and dates the file `ageMs` back, as if an upload had left it there then. */
async function blob(text: string, ageMs: number): Promise<string> {
  const { sha256 } = await store.put(Buffer.from(text));
  const when = new Date(Date.now() - ageMs);
  await fs.utimes(path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256), when, when);
  return sha256;
}

const present = async (sha: string) => (await store.stat(sha)) !== null;

describe("sweepBlobs", () => {
  it("deletes only old blobs that no row names", async () => {
    const orphan = await blob("orphan", 2 * HOUR);
    const young = await blob("young orphan", 10 * 60 * 1000);
    const named = await blob("named", 2 * HOUR);
    makeFiling(temp.db, { blobs: [named] });
    const result = await sweepBlobs(temp.db, store);
    expect(result).toMatchObject({ scanned: 3, candidates: 2, deleted: 1 });
    expect(await present(orphan)).toBe(false);
    expect(await present(young)).toBe(true);
    expect(await present(named)).toBe(true);
  });

  it("keeps a blob an ingestion has leased, and the commit that names it finds it", async () => {
    const reused = await blob("bytes a new upload sends again", 2 * HOUR);
    const owner = newLeaseOwner("ingest");
    await leaseForIngest(temp.db, [reused], owner);
    // The sweep starts while the upload is between storing its files and committing.
    const result = await sweepBlobs(temp.db, store);
    expect(result.deleted).toBe(0);
    makeFiling(temp.db, { blobs: [reused] });
    releaseLeases(temp.db, owner);
    expect(await present(reused)).toBe(true);
    expect((await sweepBlobs(temp.db, store)).deleted).toBe(0);
  });

  it("makes an ingestion wait while a sweep is deleting the same bytes, then it stores them afresh", async () => {
    const sha = await blob("contested", 2 * HOUR);
    const sweeper = newLeaseOwner("sweep");
    expect(claimForSweep(temp.db, [sha], sweeper, Date.now())).toEqual([sha]);
    let leased = false;
    const ingest = leaseForIngest(temp.db, [sha], newLeaseOwner("ingest")).then(() => (leased = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(leased).toBe(false);
    await store.delete(sha);
    releaseLeases(temp.db, sweeper);
    await ingest;
    expect(leased).toBe(true);
    await store.put(Buffer.from("contested"));
    expect(await present(sha)).toBe(true);
  });

  it("never claims a leased or named blob for deletion", async () => {
    const leased = await blob("leased", 2 * HOUR);
    const named = await blob("named too", 2 * HOUR);
    const free = await blob("free", 2 * HOUR);
    makeFiling(temp.db, { blobs: [named] });
    await leaseForIngest(temp.db, [leased], newLeaseOwner("ingest"));
    expect(claimForSweep(temp.db, [leased, named, free], newLeaseOwner("sweep"), Date.now())).toEqual([free]);
  });

  it("ignores an expired lease of a crashed upload", async () => {
    const sha = await blob("crashed upload", 3 * HOUR);
    await leaseForIngest(temp.db, [sha], newLeaseOwner("ingest"), () => Date.now() - 2 * HOUR);
    expect((await sweepBlobs(temp.db, store)).deleted).toBe(1);
  });
});
