import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import { type FilingOverrides, makeIndividualFiling, makeUnitFiling, unitIn } from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const base = makeUnitFiling();
const site = (patch: Partial<FilingOverrides & object> & Record<string, unknown>): FilingOverrides => ({
  websites: [{ ...base.websites[0], ...patch } as NonNullable<FilingOverrides["websites"]>[number]],
});
const owner = (f: Filing) => only(check(f), "DOMAIN_OWNER_MISMATCH");
const siteName = (f: Filing) => only(check(f), "SITE_NAME_INVALID");

describe("DOMAIN_OWNER_MISMATCH", () => {
  it("fires when the owner is neither the subject nor the principal, naming all three", () => {
    const [v] = owner(makeUnitFiling(site({ domainOwner: { name: "上海别的公司" } })));
    expect(v).toMatchObject({ path: "websites[0].domainOwner.name", severity: "error", reason: "DOMAIN_OWNER_MISMATCH" });
    expect(v.message.zh).toContain("上海别的公司");
    expect(v.message.zh).toContain("北京某某科技有限公司");
    expect(v.message.zh).toContain("张三");
  });

  it("accepts the principal as owner, and compares normalised text", () => {
    expect(owner(makeUnitFiling(site({ domainOwner: { name: "张三", certificateNumber: base.principal.idNumber } })))).toEqual([]);
    const bracketed = makeUnitFiling(
      { subject: { name: "某某（北京）科技有限公司" } },
      site({ domainOwner: { name: " 某某(北京)科技有限公司" } }),
    );
    expect(owner(bracketed)).toEqual([]);
    const latin = makeUnitFiling({ subject: { name: "ACME 科技有限公司" } }, site({ domainOwner: { name: "acme 科技有限公司" } }));
    expect(owner(latin)).toEqual([]);
  });

  it("checks the owner's certificate number when given", () => {
    const [v] = owner(makeUnitFiling(site({ domainOwner: { name: "北京某某科技有限公司", certificateNumber: "91110000600037341L" } })));
    expect(v.path).toBe("websites[0].domainOwner.certificateNumber");
    expect(owner(makeUnitFiling(site({ domainOwner: { name: "北京某某科技有限公司", certificateNumber: "91110108717743469k" } })))).toEqual(
      [],
    );
    expect(owner(makeUnitFiling(site({ domainOwner: { name: "北京某某科技有限公司" } })))).toEqual([]);
  });
});

describe("SITE_NAME_INVALID", () => {
  it("fires with fewer than 3 CJK ideographs", () => {
    const [v] = siteName(makeUnitFiling(site({ name: "ab官网" })));
    expect(v).toMatchObject({ path: "websites[0].name", severity: "warning", reason: "NAME_INVALID" });
    expect(v.message.zh).toContain("2个汉字");
    expect(siteName(makeUnitFiling(site({ name: "ab官网站" })))).toEqual([]);
  });

  it("fires when the name contains the full domain, ignoring case", () => {
    expect(siteName(makeUnitFiling(site({ name: "EXAMPLE.CN官方网站" })))).toHaveLength(1);
    expect(siteName(makeUnitFiling(site({ name: "example官方网站" })))).toEqual([]);
  });

  it("compares an IDN in its Unicode and punycode forms", () => {
    const idn = (name: string, domain = "例子.中国") => siteName(makeUnitFiling(site({ name, domain })));
    expect(idn("例子.中国官方网站")).toHaveLength(1);
    expect(idn("例子。中国官方网站")).toHaveLength(1);
    expect(idn("xn--fsqu00a.xn--fiqs8s门户网站")).toHaveLength(1);
    expect(idn("例子.中国官方网站", "xn--fsqu00a.xn--fiqs8s")).toHaveLength(1);
    expect(idn("例子中国官方网站")).toEqual([]);
  });

  it("fires on a national prefix unless the subject is a government or defence body", () => {
    const [v] = siteName(makeUnitFiling(site({ name: "中国某某科技网" })));
    expect(v.message.zh).toContain("中国");
    expect(siteName(makeUnitFiling(site({ name: "人民某某科技网" })))).toHaveLength(1);
    expect(siteName(makeUnitFiling({ subject: { nature: "政府机关" } }, site({ name: "中国某某政务网" })))).toEqual([]);
    expect(siteName(makeUnitFiling({ subject: { nature: "国防机构" } }, site({ name: "国家某某网" })))).toEqual([]);
    expect(siteName(makeUnitFiling(site({ name: "某某中国网" })))).toEqual([]);
  });

  it("requires XX的个人博客/主页 for an individual in 江苏 only", () => {
    const jiangsu = (name: string) =>
      siteName(makeIndividualFiling({ province: "江苏", websites: [{ ...makeIndividualFiling().websites[0], name }] }));
    expect(jiangsu("李四的读书笔记")).toHaveLength(1);
    expect(jiangsu("李四的个人博客")).toEqual([]);
    expect(jiangsu("李四的个人主页")).toEqual([]);
    expect(siteName(makeIndividualFiling())).toEqual([]);
    expect(siteName(makeUnitFiling(unitIn("江苏")))).toEqual([]);
  });

  it("reports one violation per website listing every problem", () => {
    const [v] = siteName(makeUnitFiling(site({ name: "中国x" })));
    expect(v.message.zh).toContain("汉字");
    expect(v.message.zh).toContain("中国");
  });
});
