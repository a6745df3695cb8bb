import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGenerator, type GeneratedFiling } from "@/demo/generate/generate";
import { IMAGE_FAULTS } from "@/demo/generate/plan";
import type { BlobStore } from "@/lib/storage/blob-store";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { createTempDb } from "@/db/testing/temp-db";
import { seedDemoFilings, type SeedDemoResult } from "@/demo/seed/demo-filings";

// Through ingestFiling, as the first `npm start` does: real renders, measures and derivatives.

const NOW = Date.parse("2026-11-20T15:30:00+08:00");
const COUNT = 24;
const QUALITY_RULE = { grey: "IMAGE_NOT_COLOR", small: "IMAGE_TOO_SMALL", blurred: "IMAGE_BLURRY" } as const;

let temp: ReturnType<typeof createTempDb>;
let store: BlobStore;
let result: SeedDemoResult;
let generated: GeneratedFiling[];

beforeAll(async () => {
  temp = createTempDb();
  store = createLocalDiskStore(path.join(temp.dir, "uploads"));
  // Generic renders only: the test is about ingestion, and each personalised render costs ~0.1 s.
  result = await seedDemoFilings(temp.db, { count: COUNT, now: NOW, store, personalised: () => false });
  generated = [...createGenerator({ count: COUNT, now: NOW }).all()];
}, 120_000);

afterAll(() => temp?.cleanup());

const rows = <T>(sql: string, ...params: unknown[]) => temp.db.$client.prepare(sql).all(...params) as T[];

function violationsOf(externalId: string) {
  return rows<{ rule: string; material_index: number | null }>(
    `SELECT v.rule, v.material_index FROM violations v
       JOIN filings f ON f.current_revision_id = v.revision_id WHERE f.external_id = ?`,
    externalId,
  );
}

describe("seedDemoFilings", () => {
  it("stores every filing with its revision, materials and contact keys", () => {
    expect(result.count).toBe(COUNT);
    expect(rows<{ n: number }>("SELECT count(*) AS n FROM filings")[0].n).toBe(COUNT);
    expect(rows<{ n: number }>("SELECT count(*) AS n FROM filing_revisions")[0].n).toBe(COUNT);
    const materials = generated.reduce((sum, g) => sum + g.document.materials!.length, 0);
    expect(rows<{ n: number }>("SELECT count(*) AS n FROM materials")[0].n).toBe(materials);
    expect(rows<{ n: number }>("SELECT count(DISTINCT filing_id) AS n FROM filing_contacts")[0].n).toBe(COUNT);
  });

  it("reports the flagged filings the database holds", () => {
    const flagged = rows<{ n: number }>("SELECT count(*) AS n FROM filings WHERE error_count + warning_count > 0")[0].n;
    expect(result.flagged).toBe(flagged);
    expect(flagged).toBeGreaterThan(0);
    expect(result.rulesFired.length).toBeGreaterThan(10);
  });

  it("stores each file with its preview and thumbnail", async () => {
    const files = rows<{ sha256: string; preview_sha256: string | null; thumb_sha256: string | null; media_type: string }>(
      "SELECT DISTINCT sha256, preview_sha256, thumb_sha256, media_type FROM materials",
    );
    for (const f of files) {
      expect(await store.stat(f.sha256)).not.toBeNull();
      if (f.media_type.startsWith("image/")) {
        expect(await store.stat(f.preview_sha256!)).not.toBeNull();
        expect(await store.stat(f.thumb_sha256!)).not.toBeNull();
      }
    }
    expect(files.some((f) => f.media_type.startsWith("video/"))).toBe(generated.some((g) => g.files.some((s) => s.type === "video")));
    expect(fs.existsSync(path.join(temp.dir, "uploads"))).toBe(true);
  });

  it("fires the image rules on the materials sent grey, small or blurred", () => {
    const degraded = generated.flatMap((g) =>
      g.files.flatMap((spec) => (spec.type === "image" && spec.quality !== "clean" ? [{ g, spec, quality: spec.quality }] : [])),
    );
    expect(new Set(degraded.map((d) => d.quality))).toEqual(new Set(["grey", "small", "blurred"]));
    for (const { g, spec, quality } of degraded) {
      const indexes = g.document.materials!.flatMap((m, i) => (m.file === spec.name ? [i] : []));
      const fired = violationsOf(g.document.externalId).filter((v) => v.rule === QUALITY_RULE[quality]);
      expect(fired.map((v) => v.material_index)).toEqual(expect.arrayContaining([indexes[0]]));
    }
  });

  it("fires the rules each filing was built to break, the cross-filing ones included", () => {
    for (const g of generated) {
      const fired = new Set(violationsOf(g.document.externalId).map((v) => v.rule));
      for (const fault of g.faults.filter((f) => !IMAGE_FAULTS.includes(f)))
        expect({ id: g.document.externalId, fault, fired: fired.has(fault) }).toEqual({ id: g.document.externalId, fault, fired: true });
    }
    expect(generated.some((g) => g.faults.includes("PHONE_SHARED_ACROSS_SUBJECTS"))).toBe(true);
  });
});
