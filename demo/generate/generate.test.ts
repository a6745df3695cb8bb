import { describe, expect, it } from "vitest";
import { PROVINCE_TABLE, RULE_IDS, type CatalogRuleId } from "@/lib/domain/rules";
import { FILING_TYPES, PROVINCES } from "@/lib/domain/validation/constants";
import { checkWithoutImages } from "@/demo/generate/check-text";
import { createGenerator } from "@/demo/generate/generate";
import { CYCLE_LENGTH, cycleEntry, FAULT_WEIGHTS, IMAGE_FAULTS } from "@/demo/generate/plan";

const NOW = Date.parse("2026-11-20T15:30:00+08:00");
const DAY_MS = 24 * 60 * 60 * 1000;
const generate = (count: number, seed?: number) => [...createGenerator({ count, now: NOW, seed }).all()];

const set = generate(300);
const checks = checkWithoutImages(set);
const TEXT_RULES = RULE_IDS.filter((r) => !IMAGE_FAULTS.includes(r));

describe("the generator", () => {
  it("is deterministic: same seed, same filings; another seed, other filings", () => {
    expect(JSON.stringify(generate(300))).toBe(JSON.stringify(set));
    const other = generate(300, 7);
    expect(other[0].document.subject.name).not.toBe(set[0].document.subject.name);
  });

  it("produces any filing on its own, as in the whole run", () => {
    const generator = createGenerator({ count: 300, now: NOW });
    for (const i of [0, 57, 158, 299]) expect(generator.filing(i)).toEqual(set[i]);
  });

  it("spreads over all 31 provinces, both kinds (about 70/30) and all four types", () => {
    expect(new Set(set.map((g) => g.document.province))).toEqual(new Set(PROVINCES));
    expect(new Set(set.map((g) => g.document.type))).toEqual(new Set(FILING_TYPES));
    const units = set.filter((g) => g.document.subject.kind === "unit").length / set.length;
    expect(units).toBeGreaterThan(0.6);
    expect(units).toBeLessThan(0.85);
  });

  it("submits in order over the last three days, in +08:00, and receives shortly after", () => {
    const times = set.map((g) => Date.parse(g.document.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThan(NOW - 4 * DAY_MS);
    expect(times[times.length - 1]).toBeLessThan(NOW);
    for (const g of set) {
      expect(g.document.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(g.receivedAt).toBeGreaterThan(Date.parse(g.document.submittedAt));
      expect(g.receivedAt).toBeLessThan(NOW);
    }
  });

  it("gives an existing record to new_website, new_access and change filings only", () => {
    for (const g of set) expect(g.document.existingRecord != null).toBe(g.document.type !== "new_filing");
  });

  it("sends the Jiangsu materials, with the sample video, unless the fault leaves one out", () => {
    for (const g of set.filter((f) => PROVINCE_TABLE[f.document.province].authenticityMaterials)) {
      const kinds = new Set(g.document.materials!.map((m) => m.kind));
      const complete = kinds.has("js_responsibility_notice") && kinds.has("js_commitment_letter") && kinds.has("js_commitment_video");
      expect(complete).toBe(!g.faults.includes("JIANGSU_AUTHENTICITY_MISSING"));
      if (kinds.has("js_commitment_video")) expect(g.files.some((f) => f.type === "video")).toBe(true);
    }
  });

  it("names every material's file among its files, and no other", () => {
    for (const g of set) {
      expect(new Set(g.files.map((f) => f.name))).toEqual(new Set(g.document.materials!.map((m) => m.file)));
    }
  });
});

describe("the faults, checked without images", () => {
  it("flags 50–70 % of a 300-filing set", () => {
    const flagged = checks.filter((c) => c.violations.length > 0).length / checks.length;
    expect(flagged).toBeGreaterThanOrEqual(0.5);
    expect(flagged).toBeLessThanOrEqual(0.7);
  });

  it("fires every rule of the catalog except the three image rules", () => {
    const fired = new Set(checks.flatMap((c) => c.violations.map((v) => v.rule)));
    expect(TEXT_RULES.filter((r) => !fired.has(r))).toEqual([]);
  });

  it("keeps clean filings clean and fires exactly the rules each faulty one was built to break", () => {
    for (const { generated, violations } of checks) {
      const fired = [...new Set(violations.map((v) => v.rule))].sort();
      const built = generated.faults.filter((f) => !IMAGE_FAULTS.includes(f)).sort();
      expect({ id: generated.document.externalId, fired }).toEqual({ id: generated.document.externalId, fired: [...new Set(built)] });
    }
  });

  it("holds every fault in any run of one cycle", () => {
    const inCycle = (start: number) => new Set(Array.from({ length: CYCLE_LENGTH }, (_, k) => cycleEntry(start + k)));
    for (const start of [0, 37, 250, 99_900]) {
      const faults = inCycle(start);
      for (const rule of Object.keys(FAULT_WEIGHTS) as CatalogRuleId[]) expect(faults.has(rule)).toBe(true);
    }
  });
});
