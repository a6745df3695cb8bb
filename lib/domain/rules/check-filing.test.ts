import { describe, expect, it } from "vitest";
import { checkFiling, compareViolations } from "@/lib/domain/rules/check-filing";
import { AS_OF, makeIndividualFiling, makeUnitFiling, unitIn } from "@/lib/domain/rules/testing/make-filing";
import { check } from "@/lib/domain/rules/testing/run";
import { PROVINCES } from "@/lib/domain/validation/constants";

describe("checkFiling", () => {
  it("finds nothing on the factory's unit and individual filings", () => {
    expect(check(makeUnitFiling())).toEqual([]);
    expect(check(makeIndividualFiling())).toEqual([]);
  });

  it("moves the unit to every province without new flags beyond province-specific ones", () => {
    for (const province of PROVINCES) {
      const rules = new Set(check(makeUnitFiling(unitIn(province))).map((v) => v.rule));
      rules.delete("JIANGSU_AUTHENTICITY_MISSING");
      expect([...rules], province).toEqual([]);
    }
  });

  it("is deterministic and sorted: errors first, then catalog order, then path", () => {
    const filing = makeUnitFiling({
      province: "广东",
      principal: { mobile: "17012345678", name: "王五", idNumber: "110105194912310021" },
      subject: { mailingAddress: "北京市海淀区中关村" },
      materials: [],
    });
    const first = check(filing);
    const second = checkFiling({ filing, asOf: AS_OF });
    expect(first).toEqual(second);
    expect([...first].sort(compareViolations)).toEqual(first);
    const severities = first.map((v) => v.severity);
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
    expect(first.length).toBeGreaterThan(5);
  });

  it("does not mutate its input", () => {
    const filing = makeUnitFiling({ materials: [] });
    const copy = structuredClone(filing);
    check(filing, { materials: [{ index: 0, image: { width: 10, height: 10, chroma: 0, laplacianVariance: 0 } }] });
    expect(filing).toEqual(copy);
  });
});

describe("comparePaths", () => {
  it("orders indices numerically", async () => {
    const { comparePaths } = await import("@/lib/domain/rules/check-filing");
    const paths = [
      "websites[10].name",
      "websites[2].name",
      "materials",
      "materials[1]",
      "principal.mobile",
      "websites[2].domainOwner.name",
    ];
    expect([...paths].sort(comparePaths)).toEqual([
      "materials",
      "materials[1]",
      "principal.mobile",
      "websites[2].domainOwner.name",
      "websites[2].name",
      "websites[10].name",
    ]);
  });
});
