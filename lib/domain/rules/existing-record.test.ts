import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import { type FilingOverrides, makeIndividualFiling, makeUnitFiling, unitIn } from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const record = (subjectCertificateNumber: string, principalIsLegalRepresentative?: boolean): FilingOverrides => ({
  type: "new_website",
  existingRecord: { icpNumber: "京ICP备12345678号", subjectCertificateNumber, principalIsLegalRepresentative },
});
const mismatch = (f: Filing) => only(check(f), "EXISTING_RECORD_CERT_MISMATCH");
const noncompliant = (f: Filing) => only(check(f), "EXISTING_RECORD_NOT_COMPLIANT");

describe("EXISTING_RECORD_CERT_MISMATCH", () => {
  it("fires when the number differs from the record's, naming both", () => {
    const [v] = mismatch(makeUnitFiling(record("110108000000016")));
    expect(v).toMatchObject({ path: "subject.certificateNumber", severity: "error", reason: "CERT_NUMBER_CHANGED" });
    expect(v.message.zh).toContain("110108000000016");
    expect(v.message.zh).toContain("91110108717743469K");
    expect(mismatch(makeUnitFiling(record("110108000000016"), { type: "new_access" }))).toHaveLength(1);
    expect(mismatch(makeIndividualFiling(record("110108000000016")))).toHaveLength(1);
  });

  it("compares trimmed and upper-cased", () => {
    expect(mismatch(makeUnitFiling(record(" 91110108717743469k ")))).toEqual([]);
  });

  it("applies only to new_website and new_access with a record", () => {
    expect(mismatch(makeUnitFiling(record("110108000000016"), { type: "new_filing" }))).toEqual([]);
    expect(mismatch(makeUnitFiling(record("110108000000016"), { type: "change" }))).toEqual([]);
    expect(mismatch(makeUnitFiling({ type: "new_website" }))).toEqual([]);
  });
});

describe("EXISTING_RECORD_NOT_COMPLIANT", () => {
  const uscc = makeUnitFiling(unitIn("广东")).subject.certificateNumber;

  it("fires in a legal-rep province when the record's principal is not the legal representative", () => {
    const [v] = noncompliant(makeUnitFiling(unitIn("广东"), record(uscc, false)));
    expect(v).toMatchObject({ path: "existingRecord.principalIsLegalRepresentative", reason: "RECORD_NONCOMPLIANT" });
  });

  it("does not fire when it is, when unknown, elsewhere, for individuals or for first filings", () => {
    expect(noncompliant(makeUnitFiling(unitIn("广东"), record(uscc, true)))).toEqual([]);
    expect(noncompliant(makeUnitFiling(unitIn("广东"), record(uscc)))).toEqual([]);
    expect(noncompliant(makeUnitFiling(record("91110108717743469K", false)))).toEqual([]);
    expect(noncompliant(makeIndividualFiling({ province: "广东" }, record("x", false)))).toEqual([]);
    expect(noncompliant(makeUnitFiling(unitIn("广东"), record(uscc, false), { type: "new_filing" }))).toEqual([]);
  });
});
