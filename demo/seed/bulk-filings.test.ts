import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_IDS } from "@/lib/domain/rules";
import { checkWithoutImages } from "@/demo/generate/check-text";
import { createGenerator } from "@/demo/generate/generate";
import { IMAGE_FAULTS } from "@/demo/generate/plan";
import type { BlobStore } from "@/lib/storage/blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { createTempDb } from "@/db/testing/temp-db";
import { seedBulkFilings, type SeedBulkResult } from "@/demo/seed/bulk-filings";

const NOW = Date.parse("2026-11-20T15:30:00+08:00");
/** More than one fault cycle: every rule fires. */
const COUNT = 150;

let temp: ReturnType<typeof createTempDb>;
let store: BlobStore;
let result: SeedBulkResult;

beforeAll(async () => {
  temp = createTempDb();
  store = createLocalDiskStore(path.join(temp.dir, "uploads"));
  result = await seedBulkFilings(temp.db, { count: COUNT, now: NOW, store });
}, 120_000);

afterAll(() => temp?.cleanup());

const rows = <T>(sql: string) => temp.db.$client.prepare(sql).all() as T[];

describe("seedBulkFilings", () => {
  it("writes every filing with a shared pool of stored files", async () => {
    expect(result.count).toBe(COUNT);
    expect(rows<{ n: number }>("SELECT count(*) AS n FROM filings")[0].n).toBe(COUNT);
    const files = rows<{ sha256: string }>("SELECT DISTINCT sha256 FROM materials");
    expect(files.length).toBeLessThanOrEqual(result.pooledFiles); // identical renders share a blob
    expect(files.length).toBeLessThan(COUNT);
    for (const f of files) expect(await store.stat(f.sha256)).not.toBeNull();
  });

  it("fires every rule of the catalog, the image rules included", () => {
    expect(result.rulesFired).toEqual([...RULE_IDS].sort());
    const flagged = rows<{ n: number }>("SELECT count(*) AS n FROM filings WHERE error_count + warning_count > 0")[0].n;
    expect(result.flagged).toBe(flagged);
  });

  it("finds what the rules find without images, filing by filing", () => {
    const expected = checkWithoutImages([...createGenerator({ count: COUNT, now: NOW }).all()]);
    const stored = new Map<string, Set<string>>();
    for (const r of rows<{ external_id: string; rule: string }>(
      "SELECT f.external_id, v.rule FROM violations v JOIN filings f ON f.current_revision_id = v.revision_id",
    )) {
      if (!stored.has(r.external_id)) stored.set(r.external_id, new Set());
      stored.get(r.external_id)!.add(r.rule);
    }
    for (const { filing, violations } of expected) {
      const textRules = [...(stored.get(filing.externalId) ?? [])].filter((r) => !IMAGE_FAULTS.includes(r as never)).sort();
      expect({ id: filing.externalId, rules: textRules }).toEqual({
        id: filing.externalId,
        rules: [...new Set(violations.map((v) => v.rule))].sort(),
      });
    }
  });
});
