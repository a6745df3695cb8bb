import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/validation/filing";
import { contactKeysOf } from "./contact-keys";
import { buildInMemoryIndex } from "./in-memory-index";
import {
  LEGAL_REP_ID,
  individualWithId,
  makeIndividualFiling,
  makeUnitFiling,
  unitIn,
} from "./testing/make-filing";
import { check, only } from "./testing/run";
import type { CrossFilingIndex } from "./types";

const shared = (f: Filing, all: Filing[]) => only(check(f, { others: buildInMemoryIndex(all) }), "PHONE_SHARED_ACROSS_SUBJECTS");
const sitePrincipal = (f: Filing, all: Filing[]) =>
  only(check(f, { others: buildInMemoryIndex(all) }), "SITE_PRINCIPAL_MULTIPLE_UNITS");

const unitA = makeUnitFiling({ externalId: "UNIT-A" });
/** Another unit (another certificate) whose principal is also 张三, with the same mobile. */
const unitB = makeUnitFiling(unitIn("广东"), { externalId: "UNIT-B", principal: { mobile: "+86 138-1234-5678" } });

describe("PHONE_SHARED_ACROSS_SUBJECTS", () => {
  it("fires on both filings at every path using the shared mobile, naming the other filing", () => {
    const found = shared(unitA, [unitA, unitB]);
    expect(found.map((v) => v.path)).toEqual(["principal.mobile", "websites[0].principal.mobile"]);
    expect(found[0]).toMatchObject({ severity: "error", reason: "PHONE_REUSED", material: null });
    expect(found[0].message.zh).toContain("UNIT-B");
    expect(shared(unitB, [unitA, unitB])[0].message.en).toContain("UNIT-A");
  });

  it("does not fire for another filing of the same subject or a different mobile", () => {
    const sameSubject = makeUnitFiling({ externalId: "UNIT-A2", subject: { certificateNumber: " 91110108717743469k" } });
    expect(shared(unitA, [unitA, sameSubject])).toEqual([]);
    const otherMobile = makeUnitFiling(unitIn("广东"), {
      externalId: "UNIT-C",
      principal: { mobile: "13900001111" },
      websites: [{ ...unitB.websites[0], principal: { ...unitB.websites[0].principal, mobile: "13900001111" } }],
    });
    expect(shared(unitA, [unitA, otherMobile])).toEqual([]);
  });

  it("counts an individual filing that uses the mobile", () => {
    const person = makeIndividualFiling({ principal: { mobile: "13812345678" } });
    expect(shared(unitA, [unitA, person])).toHaveLength(2);
  });

  it("ignores refs to this filing or this subject whatever the index returns", () => {
    const sloppy: CrossFilingIndex = {
      subjectsUsingMobile: () => [
        { externalId: "UNIT-A", certificateNumber: "anything" },
        { externalId: "OTHER", certificateNumber: "91110108717743469k" },
      ],
      unitSubjectsWithSitePrincipal: () => [{ externalId: "UNIT-A", certificateNumber: "X" }],
    };
    expect(check(unitA, { others: sloppy })).toEqual([]);
  });

  it("lists the first five other filings by externalId and counts the rest, once each", () => {
    const refs = ["F7", "F3", "F9", "F1", "F5", "F3", "F8", "F2"].map((externalId) => ({ externalId, certificateNumber: `C-${externalId}` }));
    const index: CrossFilingIndex = { subjectsUsingMobile: () => refs, unitSubjectsWithSitePrincipal: () => [] };
    const [v] = check(unitA, { others: index });
    expect(v.message.en).toContain("F1 (C-F1), F2 (C-F2), F3 (C-F3), F5 (C-F5), F7 (C-F7) and 2 more");
    expect(v.message.zh).toContain("等7个");
  });

  it("runs only when others are given", () => {
    expect(check(unitA)).toEqual([]);
  });
});

describe("SITE_PRINCIPAL_MULTIPLE_UNITS", () => {
  it("fires when the website principal serves another unit", () => {
    const found = sitePrincipal(unitA, [unitA, unitB]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: "websites[0].principal.idNumber", reason: "SITE_PRINCIPAL_CONFLICT" });
    expect(found[0].message.zh).toContain("UNIT-B");
  });

  it("does not count an individual filing by the same person", () => {
    const person = makeIndividualFiling(individualWithId(LEGAL_REP_ID), {
      subject: { name: "张三" },
      principal: { name: "张三", mobile: "13900002222" },
      websites: [{ ...makeIndividualFiling().websites[0], domainOwner: { name: "张三" }, principal: { ...unitA.principal, mobile: "13900002222" } }],
    });
    expect(sitePrincipal(unitA, [unitA, person])).toEqual([]);
    expect(sitePrincipal(person, [unitA, person])).toEqual([]);
    expect(only(check(unitA, { others: buildInMemoryIndex([unitA, person]) }), "PHONE_SHARED_ACROSS_SUBJECTS")).toEqual([]);
  });

  it("does not fire for the same subject's other filing", () => {
    const resubmitted = makeUnitFiling({ externalId: "UNIT-A-OLD" });
    expect(sitePrincipal(unitA, [unitA, resubmitted])).toEqual([]);
  });
});

describe("contactKeysOf / buildInMemoryIndex", () => {
  it("normalises and deduplicates the keys", () => {
    const filing = makeUnitFiling({ principal: { mobile: "+86 138-1234-5678" } });
    const site = filing.websites[0];
    const two = makeUnitFiling({
      principal: { mobile: "+86 138-1234-5678" },
      websites: [site, { ...site, domain: "example.org", principal: { ...site.principal, idNumber: "11010519491231002x ", mobile: "13900001111" } }],
    });
    expect(contactKeysOf(two)).toEqual({ mobiles: ["13812345678", "13900001111"], sitePrincipalIds: [LEGAL_REP_ID] });
  });

  it("indexes site principals of units only, mobiles of all", () => {
    const person = makeIndividualFiling();
    const index = buildInMemoryIndex([unitA, person]);
    expect(index.unitSubjectsWithSitePrincipal(LEGAL_REP_ID)).toEqual([
      { externalId: "UNIT-A", certificateNumber: "91110108717743469K" },
    ]);
    expect(index.unitSubjectsWithSitePrincipal(person.principal.idNumber)).toEqual([]);
    expect(index.subjectsUsingMobile("13987654321")).toEqual([
      { externalId: person.externalId, certificateNumber: person.subject.certificateNumber },
    ]);
    expect(index.subjectsUsingMobile("10000000000")).toEqual([]);
  });
});
