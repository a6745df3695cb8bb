import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import {
  LEGAL_REP_ID,
  OTHER_PERSON_ID,
  type FilingOverrides,
  makeIndividualFiling,
  makeUnitFiling,
  residentIdFor,
  usccFor,
} from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const certInvalid = (f: Filing) => only(check(f), "UNIT_CERT_NUMBER_INVALID");
const nature = (f: Filing) => only(check(f), "NATURE_CODE_MISMATCH");
const personId = (f: Filing) => only(check(f), "PERSON_ID_INVALID");

/** A certificate number and type, with the domain owner's number dropped so it cannot clash. */
function certificate(number: string, extra: FilingOverrides["subject"] = {}): FilingOverrides {
  return {
    subject: { certificateNumber: number, ...extra },
    websites: [
      {
        name: "某某科技官网",
        domain: "example.cn",
        serviceContent: ["单位门户网站"],
        domainOwner: { name: "北京某某科技有限公司" },
        principal: makeUnitFiling().principal,
      },
    ],
  };
}

describe("UNIT_CERT_NUMBER_INVALID", () => {
  it("fires for a three-in-one certificate whose USCC check character is wrong", () => {
    const [v] = certInvalid(makeUnitFiling(certificate("91110108717743469A")));
    expect(v).toMatchObject({ path: "subject.certificateNumber", severity: "error", reason: "INFO_MISMATCH" });
    expect(v.message.zh).toContain("“K”");
  });

  it("fires for a three-in-one certificate with a 15-digit number", () => {
    expect(certInvalid(makeUnitFiling(certificate("110108000000016")))).toHaveLength(1);
  });

  it("accepts a valid USCC, in lower case too", () => {
    expect(certInvalid(makeUnitFiling())).toEqual([]);
    expect(certInvalid(makeUnitFiling(certificate("91110108717743469k")))).toEqual([]);
  });

  it("checks a 15-digit registration number on an old business licence", () => {
    expect(certInvalid(makeUnitFiling(certificate("110108000000016", { threeInOne: false })))).toEqual([]);
    const [v] = certInvalid(makeUnitFiling(certificate("110108000000017", { threeInOne: false })));
    expect(v.message.zh).toContain("“6”");
    expect(certInvalid(makeUnitFiling(certificate(usccFor("11"), { threeInOne: false })))).toHaveLength(1);
  });

  it("checks other certificates only when they carry 18 characters", () => {
    const other = { threeInOne: false, certificateType: "事业单位法人证书" };
    expect(certInvalid(makeUnitFiling(certificate("12110000ABCDEFGH1X", other)))).toHaveLength(1);
    expect(certInvalid(makeUnitFiling(certificate(usccFor("11", "12"), { ...other, nature: "事业单位" })))).toEqual([]);
    expect(certInvalid(makeUnitFiling(certificate("事证第110000001号", other)))).toEqual([]);
  });

  it("does not apply to individuals", () => {
    expect(certInvalid(makeIndividualFiling())).toEqual([]);
  });
});

describe("NATURE_CODE_MISMATCH", () => {
  it("fires when the USCC prefix means another nature, naming both", () => {
    const [v] = nature(makeUnitFiling({ subject: { nature: "事业单位" } }));
    expect(v).toMatchObject({ path: "subject.nature", severity: "warning", reason: "INFO_MISMATCH" });
    expect(v.message.zh).toContain("91");
    expect(v.message.zh).toContain("事业单位");
  });

  it.each([
    ["12", "事业单位"],
    ["11", "政府机关"],
    ["51", "社会团体"],
    ["52", "民办非企业单位"],
    ["53", "基金会"],
    ["31", "律师执业机构"],
    ["92", "企业"],
    ["93", "企业"],
  ] as const)("accepts prefix %s with %s", (prefix, subjectNature) => {
    expect(nature(makeUnitFiling(certificate(usccFor("11", prefix), { nature: subjectNature })))).toEqual([]);
  });

  it("does not check unmapped prefixes or invalid codes", () => {
    expect(nature(makeUnitFiling(certificate(usccFor("11", "Y1"), { nature: "宗教团体" })))).toEqual([]);
    expect(nature(makeUnitFiling(certificate("91110108717743469A", { nature: "事业单位" })))).toEqual([]);
  });
});

describe("PERSON_ID_INVALID", () => {
  it("fires once per path with a bad resident ID", () => {
    const bad = "110105194912310021";
    const filing = makeUnitFiling({ principal: { idNumber: bad }, subject: { legalRepresentative: { idNumber: bad } } });
    const found = personId(filing);
    expect(found.map((v) => v.path)).toEqual(["principal.idNumber", "subject.legalRepresentative.idNumber"]);
    expect(found[0]).toMatchObject({ severity: "error", reason: "INFO_MISMATCH" });
    expect(found[0].message.zh).toContain("“X”");
  });

  it("checks each website principal and a branch's head-office legal representative", () => {
    const bad = residentIdFor("110105", "19491231").slice(0, 17) + "0";
    const filing = makeUnitFiling({
      websites: [{ ...makeUnitFiling().websites[0], principal: { ...makeUnitFiling().principal, idNumber: bad } }],
      subject: {
        isBranch: true,
        headOffice: { name: "总公司", legalRepresentative: { name: "赵六", idType: "居民身份证", idNumber: "123" } },
      },
    });
    expect(personId(filing).map((v) => v.path)).toEqual([
      "subject.headOffice.legalRepresentative.idNumber",
      "websites[0].principal.idNumber",
    ]);
  });

  it("ignores a head office that is not a branch's, and persons with other document types", () => {
    const filing = makeUnitFiling({
      subject: {
        headOffice: { name: "总公司", legalRepresentative: { name: "赵六", idType: "居民身份证", idNumber: "123" } },
        legalRepresentative: { name: "张三", nationality: "US", idType: "护照", idNumber: "E1234" },
      },
    });
    expect(personId(filing)).toEqual([]);
  });

  it("rejects a birth date after asOf and accepts one on asOf", () => {
    const born = (date: string) =>
      personId(makeUnitFiling({ subject: { legalRepresentative: { idNumber: residentIdFor("110105", date) } } }));
    expect(born("20261120")).toEqual([]);
    expect(born("20261121")[0].message.en).toContain("2026-11-21");
  });

  it("rejects an impossible birth date", () => {
    const [v] = personId(makeUnitFiling({ subject: { legalRepresentative: { idNumber: residentIdFor("110105", "19490230") } } }));
    expect(v.message.zh).toContain("19490230");
  });

  it("accepts the factory's IDs", () => {
    expect(personId(makeUnitFiling({ subject: { legalRepresentative: { idNumber: OTHER_PERSON_ID } } }))).toEqual([]);
    expect(LEGAL_REP_ID).toBe("11010519491231002X");
  });
});
