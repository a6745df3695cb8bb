import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import { contactKeysOf } from "@/lib/domain/rules/contact-keys";
import { buildInMemoryIndex } from "@/lib/domain/rules/in-memory-index";
import { LEGAL_REP_ID, individualWithId, makeIndividualFiling, makeUnitFiling, unitIn } from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";
import type { CrossFilingIndex } from "@/lib/domain/rules/types";

const shared = (f: Filing, all: Filing[]) => only(check(f, { others: buildInMemoryIndex(all) }), "PHONE_SHARED_ACROSS_SUBJECTS");
const sitePrincipal = (f: Filing, all: Filing[]) => only(check(f, { others: buildInMemoryIndex(all) }), "SITE_PRINCIPAL_MULTIPLE_UNITS");

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
      accountsOfSubject: () => [{ externalId: "UNIT-A", accountId: "someone-else" }],
    };
    expect(check(unitA, { others: sloppy })).toEqual([]);
  });

  it("lists the first five other filings by externalId and counts the rest, once each", () => {
    const refs = ["F7", "F3", "F9", "F1", "F5", "F3", "F8", "F2"].map((externalId) => ({
      externalId,
      certificateNumber: `C-${externalId}`,
    }));
    const index: CrossFilingIndex = {
      subjectsUsingMobile: () => refs,
      unitSubjectsWithSitePrincipal: () => [],
      accountsOfSubject: () => [],
    };
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
      websites: [
        { ...makeIndividualFiling().websites[0], domainOwner: { name: "张三" }, principal: { ...unitA.principal, mobile: "13900002222" } },
      ],
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
      websites: [
        site,
        { ...site, domain: "example.org", principal: { ...site.principal, idNumber: "11010519491231002x ", mobile: "13900001111" } },
      ],
    });
    expect(contactKeysOf(two)).toEqual({ mobiles: ["13812345678", "13900001111"], sitePrincipalIds: [LEGAL_REP_ID] });
  });

  it("indexes site principals of units only, mobiles of all", () => {
    const person = makeIndividualFiling();
    const index = buildInMemoryIndex([unitA, person]);
    expect(index.unitSubjectsWithSitePrincipal(LEGAL_REP_ID)).toEqual([{ externalId: "UNIT-A", certificateNumber: "91110108717743469K" }]);
    expect(index.unitSubjectsWithSitePrincipal(person.principal.idNumber)).toEqual([]);
    expect(index.subjectsUsingMobile("13987654321")).toEqual([
      { externalId: person.externalId, certificateNumber: person.subject.certificateNumber },
    ]);
    expect(index.subjectsUsingMobile("10000000000")).toEqual([]);
  });
});

describe("SUBJECT_ON_OTHER_ACCOUNT", () => {
  const otherAccount = (f: Filing, all: Filing[]) => only(check(f, { others: buildInMemoryIndex(all) }), "SUBJECT_ON_OTHER_ACCOUNT");
  const first = makeUnitFiling({ externalId: "ACC-1", accountId: "100001" });
  /** The same subject (certificate written in lower case, padded) filed from another account. */
  const second = makeUnitFiling({
    externalId: "ACC-2",
    accountId: "100002",
    subject: { certificateNumber: ` ${first.subject.certificateNumber.toLowerCase()} ` },
  });

  it("fires in both directions, naming the other filing", () => {
    const [a] = otherAccount(first, [first, second]);
    expect(a).toMatchObject({ severity: "warning", reason: "SUBJECT_OTHER_ACCOUNT", path: "subject.certificateNumber", material: null });
    expect(a.message.zh).toContain("ACC-2");
    const [b] = otherAccount(second, [first, second]);
    expect(b.message.en).toContain("ACC-1");
  });

  it("does not fire for the same account, another subject, or a filing without an account", () => {
    const sameAccount = makeUnitFiling({ externalId: "ACC-3", accountId: "100001" });
    expect(otherAccount(first, [first, sameAccount])).toEqual([]);
    const otherSubject = makeUnitFiling(unitIn("广东"), { externalId: "ACC-4", accountId: "100009" });
    expect(otherAccount(first, [first, otherSubject])).toEqual([]);
    const noAccount = makeUnitFiling({ externalId: "ACC-5" });
    expect(otherAccount(first, [first, noAccount])).toEqual([]);
    expect(otherAccount(noAccount, [noAccount, first])).toEqual([]);
  });

  it("counts individual filings by the ID number that is their certificate", () => {
    const a = makeIndividualFiling({ externalId: "IND-1", accountId: "A1" });
    const b = makeIndividualFiling({ externalId: "IND-2", accountId: "B2" });
    expect(otherAccount(a, [a, b])).toHaveLength(1);
  });

  it("names the first other filing by externalId and counts the rest", () => {
    const index: CrossFilingIndex = {
      subjectsUsingMobile: () => [],
      unitSubjectsWithSitePrincipal: () => [],
      accountsOfSubject: () => [
        { externalId: "Z9", accountId: "x" },
        { externalId: "B2", accountId: "y" },
        { externalId: "B2", accountId: "y" },
        { externalId: "ACC-1", accountId: "z" },
        { externalId: "C3", accountId: "100001" },
      ],
    };
    const [v] = only(check(first, { others: index }), "SUBJECT_ON_OTHER_ACCOUNT");
    expect(v.message.en).toBe("This subject is already filed under another account: B2 and 1 more");
    expect(v.message.zh).toBe("该主体已在其他账号下备案：B2等2个备案");
  });
});
