import { describe, expect, it } from "vitest";
import { PROVINCES } from "@/lib/domain/validation/constants";
import { PROVINCE_COLUMNS, PROVINCE_TABLE, provinceOfCode, provincesWhere } from "@/lib/domain/rules/province-tables";

// The lists of rules.md "Province tables", copied here so a table edit shows up as a test diff.
const sorted = (names: string) => names.split(" ").sort();
const where = (...args: Parameters<typeof provincesWhere>) => [...provincesWhere(...args)].sort();

describe("PROVINCE_TABLE", () => {
  it("has one row per province, each with a source", () => {
    expect(Object.keys(PROVINCE_TABLE).sort()).toEqual([...PROVINCES].sort());
    for (const row of Object.values(PROVINCE_TABLE)) expect(row.source).toMatch(/003 #question5/);
  });

  it("reproduces the lists of rules.md", () => {
    expect(where((r) => r.legalRep === "required")).toEqual(
      sorted("天津 河北 内蒙古 黑龙江 上海 浙江 福建 江西 山东 河南 湖南 湖北 广东 广西 重庆 贵州 云南 西藏 陕西 青海 宁夏 新疆"),
    );
    expect(where((r) => r.legalRep === "authorization")).toEqual(sorted("吉林 安徽 四川 甘肃"));
    expect(where((r) => r.legalRep === "optional")).toEqual(sorted("北京 山西 辽宁 江苏 海南"));
    expect(where((r) => r.officePhoneNotPrincipalMobile)).toEqual(sorted("辽宁 吉林 北京"));
    expect(where((r) => r.outOfProvinceId === "rejected")).toEqual(sorted("山西 黑龙江 河南 江西 甘肃 宁夏 青海 陕西 新疆 重庆 西藏"));
    expect(where((r) => r.outOfProvinceId === "permit")).toEqual(sorted("内蒙古 吉林 上海 江苏 安徽 福建 山东 湖北 广东 四川 贵州"));
    expect(where((r) => r.landlineRequired)).toEqual(["江苏"]);
    expect(where((r) => r.authenticityMaterials)).toEqual(["江苏"]);
    expect(where((r) => r.personalSiteNameFormat)).toEqual(["江苏"]);
    expect(where((r) => r.foreignLegalRepNeedsCnPrincipal)).toEqual(["河北"]);
    expect(PROVINCE_TABLE.甘肃.officeMobileRemark).toBe("job_title");
    expect(PROVINCE_TABLE.重庆.officeMobileRemark).toBe("name");
    expect(PROVINCE_TABLE.天津.officeMobileRemark).toBe("name_and_job_title");
    expect(where((r) => r.officeMobileRemark !== "none")).toEqual(sorted("甘肃 重庆 天津"));
  });

  it("describes every column", () => {
    const keys = Object.keys(PROVINCE_TABLE.北京)
      .filter((k) => k !== "source")
      .sort();
    expect(PROVINCE_COLUMNS.map((c) => c.key).sort()).toEqual(keys);
  });

  it("maps GB/T 2260 codes to provinces", () => {
    expect(provinceOfCode("32")).toBe("江苏");
    expect(provinceOfCode("65")).toBe("新疆");
    expect(provinceOfCode("99")).toBeNull();
    expect(provinceOfCode("10")).toBeNull();
  });
});
