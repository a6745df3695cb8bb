import { describe, expect, it } from "vitest";
import { readShared } from "@/lib/testing/shared-spec";
import { REASON_CODES } from "@/lib/domain/reasons/catalog";
import { RULES } from "@/lib/domain/rules/meta";
import { ALL_RULE_IDS, DOCUMENT_RULE_IDS, RULE_IDS } from "@/lib/domain/rules/types";

// The catalog is checked against rules.md and the quoted sources (shared/, beside the repository).
const rulesMd = readShared("spec/rules.md");
const documentCheckMd = readShared("spec/document-check.md");
const sources: Record<string, string> = {
  "000": readShared("seeds/000_e67fb894de8d3d67.txt"),
  "003": readShared("seeds/003_477a9ac82133c51a.txt"),
  ref: readShared("reference/icp-research.md"),
};

describe("RULES", () => {
  it("lists every rule ID once: the 30 of rules.md, then the 5 of document-check.md", () => {
    expect(RULES.map((r) => r.id)).toEqual([...ALL_RULE_IDS]);
    expect(RULE_IDS).toHaveLength(30);
    expect(DOCUMENT_RULE_IDS).toHaveLength(5);
  });

  it("matches document-check.md: severity, source and reason of every DOC_* row", () => {
    const rows = documentCheckMd
      .split("\n")
      .filter((l) => /^\| DOC_[A-Z_]+ \| (error|warning) \|/.test(l))
      .map((l) => l.split(" | ").map((c) => c.replace(/^\| ?| ?\|$/g, "").trim()));
    expect(rows.map((r) => r[0])).toEqual([...DOCUMENT_RULE_IDS]);
    for (const [id, severity, , , source, reason] of rows) {
      const rule = RULES.find((r) => r.id === id)!;
      expect({ id, severity: rule.severity, source: rule.source, reason: rule.reason }).toEqual({ id, severity, source, reason });
    }
  });

  it("points every rule at a catalog reason and gives bilingual texts", () => {
    for (const rule of RULES) {
      expect(REASON_CODES).toContain(rule.reason);
      for (const text of [rule.appliesTo, rule.description]) {
        expect(text.zh.length, rule.id).toBeGreaterThan(0);
        expect(text.en.length, rule.id).toBeGreaterThan(0);
      }
    }
  });

  it("matches rules.md: severity, source and reason of every row", () => {
    const rows = rulesMd
      .split("\n")
      .filter((l) => /^\| [A-Z_]+ \| (error|warning) \|/.test(l))
      .map((l) => l.split(" | ").map((c) => c.replace(/^\| ?| ?\|$/g, "").trim()));
    expect(rows.map((r) => r[0])).toEqual([...RULE_IDS]);
    for (const [id, severity, , , source, reason] of rows) {
      const rule = RULES.find((r) => r.id === id)!;
      expect({ id, severity: rule.severity, source: rule.source, reason: rule.reason }).toEqual({ id, severity, source, reason });
    }
  });

  it("quotes its sources verbatim", () => {
    for (const rule of RULES) {
      const files = Object.keys(sources).filter((f) => rule.source.includes(f));
      for (const sentence of rule.sourceQuote.split("\n")) {
        const found = files.some((f) => sources[f]?.includes(sentence));
        expect(found, `${rule.id}: ${sentence}`).toBe(true);
      }
    }
  });
});
