import { describe, expect, it } from "vitest";
import { PROVINCES } from "@/lib/domain/validation/constants";
import { provinceOfAddress } from "@/lib/domain/rules/validators/address-province";

const FULL_NAMES = [
  "北京市",
  "天津市",
  "河北省",
  "山西省",
  "内蒙古自治区",
  "辽宁省",
  "吉林省",
  "黑龙江省",
  "上海市",
  "江苏省",
  "浙江省",
  "安徽省",
  "福建省",
  "江西省",
  "山东省",
  "河南省",
  "湖北省",
  "湖南省",
  "广东省",
  "广西壮族自治区",
  "海南省",
  "重庆市",
  "四川省",
  "贵州省",
  "云南省",
  "西藏自治区",
  "陕西省",
  "甘肃省",
  "青海省",
  "宁夏回族自治区",
  "新疆维吾尔自治区",
];

describe("province of an address", () => {
  it.each(PROVINCES.map((p, i) => [p, FULL_NAMES[i]]))("reads %s from its full name %s", (province, full) => {
    expect(provinceOfAddress(`${full}某某路1号`)).toBe(province);
    expect(provinceOfAddress(`${province}某某路1号`)).toBe(province);
  });

  it("reads the forms with an ethnic part and without a suffix", () => {
    expect(provinceOfAddress("广西壮族自治区南宁市青秀区民族大道1号")).toBe("广西");
    expect(provinceOfAddress("内蒙古自治区呼和浩特市新城区1号")).toBe("内蒙古");
    expect(provinceOfAddress("新疆维吾尔自治区乌鲁木齐市1号")).toBe("新疆");
    expect(provinceOfAddress("宁夏回族自治区银川市1号")).toBe("宁夏");
    expect(provinceOfAddress("西藏自治区拉萨市1号")).toBe("西藏");
    expect(provinceOfAddress("江苏南京市玄武区中山路18号")).toBe("江苏");
    expect(provinceOfAddress("  北京市海淀区1号")).toBe("北京");
    expect(provinceOfAddress("中国江苏省南京市1号")).toBe("江苏");
  });

  it("tells similar names apart", () => {
    expect(provinceOfAddress("山西省太原市1号")).toBe("山西");
    expect(provinceOfAddress("陕西省西安市1号")).toBe("陕西");
    expect(provinceOfAddress("江西省南昌市1号")).toBe("江西");
  });

  it("returns null when no province leads the address", () => {
    expect(provinceOfAddress("南京市玄武区中山路18号")).toBeNull();
    expect(provinceOfAddress("广州市天河区1号")).toBeNull();
    expect(provinceOfAddress("黑龙潭路1号")).toBeNull();
    expect(provinceOfAddress("")).toBeNull();
  });
});
