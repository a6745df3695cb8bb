import { describe, expect, it } from "vitest";
import { PROVINCE_CODES } from "@/lib/domain/validation/constants";
import {
  makeIndividualFiling,
  makeUnitFiling,
  individualWithId,
  residentIdFor,
  unitIn,
  usccFor,
} from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const cross = (f: Parameters<typeof check>[0]) => only(check(f), "SUBJECT_CROSS_PROVINCE");
const outOfProvince = (f: Parameters<typeof check>[0]) => only(check(f), "INDIVIDUAL_OUT_OF_PROVINCE");

describe("SUBJECT_CROSS_PROVINCE", () => {
  it("fires when the certificate address is in another province, naming both", () => {
    const [v] = cross(makeUnitFiling({ province: "广东" }));
    expect(v).toMatchObject({ path: "subject.certificateAddress", severity: "error", reason: "CROSS_PROVINCE", material: null });
    expect(v.message.zh).toContain("北京");
    expect(v.message.zh).toContain("广东");
    expect(v.message.en).toContain("Guangdong");
  });

  it("does not fire when address and filing province agree, whatever the address form", () => {
    expect(cross(makeUnitFiling())).toEqual([]);
    const guangxi = makeUnitFiling(unitIn("广西"), { subject: { certificateAddress: "广西壮族自治区南宁市青秀区民族大道1号" } });
    expect(cross(guangxi)).toEqual([]);
  });

  it("falls back on USCC positions 3–4 when the address names no province", () => {
    const noProvince = { subject: { certificateAddress: "海淀区中关村大街1号" } };
    const [v] = cross(makeUnitFiling(unitIn("广东"), noProvince, { subject: { certificateNumber: usccFor(PROVINCE_CODES.北京) } }));
    expect(v.path).toBe("subject.certificateNumber");
    expect(v.message.zh).toContain("北京");
    expect(cross(makeUnitFiling(noProvince))).toEqual([]);
  });

  it("lets only a valid USCC decide", () => {
    const invalid = makeUnitFiling({
      province: "广东",
      subject: { certificateAddress: "海淀区中关村大街1号", certificateNumber: "91110108717743469A" },
    });
    expect(cross(invalid)).toEqual([]);
  });

  it("does not apply to individuals", () => {
    expect(cross(makeIndividualFiling({ subject: { certificateAddress: "江苏省南京市1号" } }))).toEqual([]);
  });
});

describe("INDIVIDUAL_OUT_OF_PROVINCE", () => {
  it("fires in a province that accepts no other province's ID", () => {
    const [v] = outOfProvince(makeIndividualFiling({ province: "山西" }));
    expect(v).toMatchObject({ path: "principal.idNumber", severity: "error", reason: "CROSS_PROVINCE" });
    expect(v.message.zh).toContain("北京");
    expect(v.message.zh).toContain("山西");
  });

  it("does not fire for a local ID in that province", () => {
    const local = residentIdFor("140105", "19900307");
    expect(outOfProvince(makeIndividualFiling({ province: "山西" }, individualWithId(local)))).toEqual([]);
  });

  it("needs a residence permit in a permit province", () => {
    expect(outOfProvince(makeIndividualFiling({ province: "上海" }))).toHaveLength(1);
    const withPermit = makeIndividualFiling({
      province: "上海",
      materials: [
        { kind: "principal_id_front", file: "a.jpg" },
        { kind: "principal_id_back", file: "b.jpg" },
        { kind: "verification_photo", file: "c.jpg" },
        { kind: "residence_permit", file: "d.jpg" },
      ],
    });
    expect(outOfProvince(withPermit)).toEqual([]);
  });

  it("accepts another province's ID elsewhere", () => {
    expect(outOfProvince(makeIndividualFiling({ province: "浙江" }))).toEqual([]);
  });

  it("applies only to a resident ID card naming one of the 31 provinces", () => {
    expect(outOfProvince(makeIndividualFiling({ province: "山西" }, { principal: { idType: "护照" } }))).toEqual([]);
    const unknownCode = residentIdFor("990101", "19900307");
    expect(outOfProvince(makeIndividualFiling({ province: "山西" }, individualWithId(unknownCode)))).toEqual([]);
  });

  it("does not apply to units", () => {
    expect(outOfProvince(makeUnitFiling(unitIn("山西")))).toEqual([]);
  });
});
