import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import { type FilingOverrides, makeIndividualFiling, makeUnitFiling, unitIn } from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const rule = (f: Filing, id: Parameters<typeof only>[1]) => only(check(f), id);
const office = (officePhone: string | undefined, remark = ""): FilingOverrides => ({
  principal: { officePhone },
  subject: { remark },
});

describe("LANDLINE_REQUIRED", () => {
  it("fires for a 江苏 unit whose office phone is a mobile or missing", () => {
    const [v] = rule(makeUnitFiling(unitIn("江苏"), office("13700001111")), "LANDLINE_REQUIRED");
    expect(v).toMatchObject({ path: "principal.officePhone", severity: "error", reason: "PHONE_INVALID" });
    expect(v.message.zh).toContain("13700001111");
    expect(rule(makeUnitFiling(unitIn("江苏"), office(undefined)), "LANDLINE_REQUIRED")).toHaveLength(1);
  });

  it("does not fire for a landline, outside 江苏, or for individuals", () => {
    expect(rule(makeUnitFiling(unitIn("江苏"), office("025-84561234")), "LANDLINE_REQUIRED")).toEqual([]);
    expect(rule(makeUnitFiling(office("13700001111")), "LANDLINE_REQUIRED")).toEqual([]);
    expect(rule(makeIndividualFiling({ province: "江苏" }), "LANDLINE_REQUIRED")).toEqual([]);
  });
});

describe("OFFICE_MOBILE_REMARK_MISSING", () => {
  const remarkRule = (province: "甘肃" | "重庆" | "天津", remark: string, phone = "13700001111") =>
    rule(makeUnitFiling(unitIn(province), office(phone, remark)), "OFFICE_MOBILE_REMARK_MISSING");

  it("甘肃 needs a job title", () => {
    const [v] = remarkRule("甘肃", "办公电话为手机");
    expect(v).toMatchObject({ path: "subject.remark", severity: "error", reason: "REMARK_MISSING" });
    expect(v.message.zh).toContain("职务");
    expect(remarkRule("甘肃", "总经理手机")).toEqual([]);
  });

  it("重庆 needs the principal's name", () => {
    expect(remarkRule("重庆", "总经理手机")[0].message.zh).toContain("张三");
    expect(remarkRule("重庆", "联系人张三")).toEqual([]);
  });

  it("天津 needs both", () => {
    expect(remarkRule("天津", "联系人张三")).toHaveLength(1);
    expect(remarkRule("天津", "财务")).toHaveLength(1);
    expect(remarkRule("天津", "张三，财务")).toEqual([]);
  });

  it("applies only when the office phone is a mobile, in those provinces", () => {
    expect(remarkRule("甘肃", "", "0931-8123456")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("广东"), office("13700001111")), "OFFICE_MOBILE_REMARK_MISSING")).toEqual([]);
  });
});

describe("OFFICE_PHONE_SAME_AS_MOBILE", () => {
  it("fires in 北京 when the office phone is the principal's mobile, however written", () => {
    const [v] = rule(makeUnitFiling(office("+86 138-1234-5678")), "OFFICE_PHONE_SAME_AS_MOBILE");
    expect(v).toMatchObject({ path: "principal.officePhone", severity: "error", reason: "CONTACT_DUPLICATE" });
    expect(rule(makeUnitFiling(unitIn("辽宁"), office("13812345678")), "OFFICE_PHONE_SAME_AS_MOBILE")).toHaveLength(1);
  });

  it("does not fire for a different number or outside 辽宁 吉林 北京", () => {
    expect(rule(makeUnitFiling(office("13812345679")), "OFFICE_PHONE_SAME_AS_MOBILE")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("广东"), office("13812345678")), "OFFICE_PHONE_SAME_AS_MOBILE")).toEqual([]);
  });
});

describe("MOBILE_INVALID / MOBILE_VIRTUAL_SEGMENT", () => {
  it("flags an invalid principal mobile", () => {
    const [v] = rule(makeUnitFiling({ principal: { mobile: "12345678901" } }), "MOBILE_INVALID");
    expect(v).toMatchObject({ path: "principal.mobile", severity: "error", reason: "PHONE_SEGMENT" });
    expect(v.message.zh).toContain("12345678901");
  });

  it("flags each website principal's mobile at its own path", () => {
    const site = makeUnitFiling().websites[0];
    const filing = makeUnitFiling({
      websites: [site, { ...site, domain: "example.net", principal: { ...site.principal, mobile: "1381234567" } }],
    });
    expect(rule(filing, "MOBILE_INVALID").map((v) => v.path)).toEqual(["websites[1].principal.mobile"]);
  });

  it("accepts a valid mobile written with +86 and separators", () => {
    expect(rule(makeUnitFiling({ principal: { mobile: "+86 138 1234 5678" } }), "MOBILE_INVALID")).toEqual([]);
  });

  it("warns about a virtual-operator segment, only on valid numbers", () => {
    const [v] = rule(makeUnitFiling({ principal: { mobile: "17012345678" } }), "MOBILE_VIRTUAL_SEGMENT");
    expect(v).toMatchObject({ path: "principal.mobile", severity: "warning", reason: "PHONE_SEGMENT" });
    expect(v.message.zh).toContain("170");
    expect(rule(makeUnitFiling({ principal: { mobile: "17812345678" } }), "MOBILE_VIRTUAL_SEGMENT")).toEqual([]);
    const short = check(makeUnitFiling({ principal: { mobile: "1701234567" } }));
    expect(only(short, "MOBILE_VIRTUAL_SEGMENT")).toEqual([]);
    expect(only(short, "MOBILE_INVALID")).toHaveLength(1);
  });
});
