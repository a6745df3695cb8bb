import { describe, expect, it } from "vitest";
import { mod11_10CheckDigit } from "@/lib/domain/rules/validators/registration-number";
import { usccCheckChar } from "@/lib/domain/rules/validators/uscc";
import { extractLicence } from "./extract-licence";
import { printed, type Printed } from "./synthetic-lines";

const USCC = "91320102MA1XK3P47" + usccCheckChar("91320102MA1XK3P47");
const REG = "32010200012345" + mod11_10CheckDigit("32010200012345");

/** The 2019 licence layout (1600 px wide): two columns of label + value rows, spaced-out 名　称 / 类　型 / 住　所. */
function licence(number = USCC, numberLabel = "统一社会信用代码"): Printed[] {
  return [
    { text: numberLabel, x: 110, y: 150, size: 26 },
    { text: number, x: 110, y: 192, size: 30 },
    { text: "编号S11212019001000", x: 110, y: 245, size: 20 },
    { text: "营业执照", x: 450, y: 200, size: 100 },
    { text: "名", x: 110, y: 445, size: 28 },
    { text: "称", x: 194, y: 445, size: 28 },
    { text: "南京云帆信息科技有限公司", x: 290, y: 445, size: 28 },
    { text: "注册资本", x: 880, y: 445, size: 28 },
    { text: "壹佰万元整", x: 1060, y: 445, size: 28 },
    { text: "类", x: 110, y: 507, size: 28 },
    { text: "型", x: 194, y: 507, size: 28 },
    { text: "有限责任公司(自然人投资或控股)", x: 290, y: 507, size: 28 },
    { text: "成立日期", x: 880, y: 507, size: 28 },
    { text: "2019年3月12日", x: 1060, y: 507, size: 28 },
    { text: "法定代表人", x: 110, y: 569, size: 28 },
    { text: "张伟", x: 290, y: 569, size: 28 },
    { text: "营业期限", x: 880, y: 569, size: 28 },
    { text: "2019年3月12日至长期", x: 1060, y: 569, size: 28 },
    { text: "经营范围", x: 110, y: 631, size: 28 },
    { text: "一般项目：技术服务、技术开发、技术", x: 290, y: 631, size: 28 },
    { text: "咨询、技术交流、技术转让、技术推广；", x: 290, y: 671, size: 28 },
    { text: "住", x: 880, y: 631, size: 28 },
    { text: "所", x: 964, y: 631, size: 28 },
    { text: "南京市玄武区中山路18号德基广", x: 1060, y: 631, size: 28 },
    { text: "场二期1201室", x: 1060, y: 671, size: 28 },
    { text: "登记机关", x: 1000, y: 900, size: 30 },
  ];
}

const EXPECTED = {
  certificateNumber: USCC,
  name: "南京云帆信息科技有限公司",
  legalRepresentative: "张伟",
  address: "南京市玄武区中山路18号德基广场二期1201室",
};
const texts = (fields: Record<string, { text: string } | undefined>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.text]));

describe("extractLicence", () => {
  it("pairs each label with its value, joins spaced-out labels and a wrapped address", () => {
    const r = extractLicence(printed(licence()));
    expect(texts(r.fields)).toEqual(EXPECTED);
    expect(r.labelled).toBe(true);
    expect(r.numbered).toBe(true);
  });

  it.each([-5, -2.5, 2.5, 5])("deskews a photo tilted %s° before pairing (rows of two columns do not mix)", (tilt) => {
    expect(texts(extractLicence(printed(licence(), tilt)).fields)).toEqual(EXPECTED);
  });

  it("splits lines an engine merged across a row (名称 … 注册资本 …)", () => {
    const merged: Printed[] = [
      { text: "统一社会信用代码", x: 110, y: 150, size: 26 },
      { text: USCC, x: 110, y: 192, size: 30 },
      { text: "名称 南京云帆信息科技有限公司 注册资本 壹佰万元整", x: 110, y: 445, size: 28 },
      { text: "类型 有限责任公司(自然人投资或控股) 成立日期 2019年3月12日", x: 110, y: 507, size: 28 },
      { text: "法定代表人 张伟 营业期限 2019年3月12日至长期", x: 110, y: 569, size: 28 },
      { text: "经营范围 一般项目：技术服务、技术开发、技术 住所 南京市玄武区中山路18号德基广", x: 110, y: 631, size: 28 },
    ];
    const r = extractLicence(printed(merged));
    expect(texts(r.fields)).toMatchObject({
      certificateNumber: USCC,
      name: EXPECTED.name,
      legalRepresentative: "张伟",
      address: "南京市玄武区中山路18号德基广",
    });
  });

  it("reads the 15-digit 注册号 of an old licence", () => {
    expect(extractLicence(printed(licence(REG, "注册号"))).fields.certificateNumber?.text).toBe(REG);
  });

  it("reports the number's own box when label and number share a line", () => {
    const lines = printed([
      { text: `统一社会信用代码${USCC}`, x: 100, y: 100, size: 30 },
      { text: "名称", x: 100, y: 200 },
      { text: "某某有限公司", x: 200, y: 200 },
    ]);
    const box = extractLicence(lines).fields.certificateNumber?.box;
    expect(box?.x).toBeCloseTo(100 + 8 * 30, 0);
    expect(box?.width).toBeCloseTo(18 * 30 * 0.55, 0);
  });

  it("does not run the name into the next row when half of that row's label (类) was not detected", () => {
    const lines = licence().filter((l) => l.text !== "类");
    expect(extractLicence(printed(lines)).fields.name?.text).toBe(EXPECTED.name);
  });

  it("does not run the name into the next row even when the whole 类型 label was missed", () => {
    const lines = licence().filter((l) => l.text !== "类" && l.text !== "型");
    expect(extractLicence(printed(lines)).fields.name?.text).toBe(EXPECTED.name);
    const long = lines.map((l) => (l.text === EXPECTED.name ? { ...l, text: "南京云帆信息科技有限责任" } : l));
    expect(extractLicence(printed(long)).fields.name?.text).toBe("南京云帆信息科技有限责任");
  });

  it("takes a lone half of a spaced label (住 without 所) as the label", () => {
    const lines = licence().filter((l) => l.text !== "所");
    expect(extractLicence(printed(lines)).fields.address?.text).toBe(EXPECTED.address);
  });

  it("reads a long label with one misread character (法定代表入)", () => {
    const lines = licence().map((l) => (l.text === "法定代表人" ? { ...l, text: "法定代表入" } : l));
    expect(extractLicence(printed(lines)).fields.legalRepresentative?.text).toBe("张伟");
  });

  it("finds an unlabelled USCC only when it validates as read; never an unlabelled 注册号", () => {
    const noLabel = (n: string) => licence(n).filter((l) => l.text !== "统一社会信用代码");
    expect(extractLicence(printed(noLabel(USCC))).fields.certificateNumber?.text).toBe(USCC);
    expect(extractLicence(printed(noLabel(USCC.replace("0102", "O1O2")))).fields.certificateNumber).toBeUndefined();
    expect(extractLicence(printed(noLabel(REG))).fields.certificateNumber).toBeUndefined();
  });

  it("never takes 编号 S1121… for the number when the number line was missed (S→5 can make a valid 注册号)", () => {
    // Found on a photo: 编号S11212019001025 read with S as 5 is a valid 15-digit 注册号 by chance.
    const lines = licence()
      .filter((l) => l.text !== USCC)
      .map((l) => (l.text.startsWith("编号") ? { ...l, text: "编号S11212019001025", y: 200 } : l));
    expect(extractLicence(printed(lines)).fields.certificateNumber).toBeUndefined();
    const unlabelled = lines.map((l) => (l.text.startsWith("编号") ? { ...l, text: "S11212019001025" } : l));
    expect(extractLicence(printed(unlabelled)).fields.certificateNumber).toBeUndefined();
  });

  it("reads under each label only its own kind of number (a USCC valid as read is still taken anywhere)", () => {
    expect(extractLicence(printed(licence(REG, "统一社会信用代码"))).fields.certificateNumber).toBeUndefined();
    expect(extractLicence(printed(licence(USCC, "注册号"))).fields.certificateNumber?.text).toBe(USCC);
    const repairedOnly = USCC.replace("0102", "O1O2");
    expect(extractLicence(printed(licence(repairedOnly, "注册号"))).fields.certificateNumber).toBeUndefined();
  });

  it("is labelled only when the 名称 value is read too, not the label alone", () => {
    const r = extractLicence(printed(licence().filter((l) => l.text !== "南京云帆信息科技有限公司")));
    expect(r.labelled).toBe(false);
  });

  it("reads no number when the check character is wrong (unreadable beats a wrong number)", () => {
    const wrong = USCC.slice(0, 17) + (USCC[17] === "A" ? "B" : "A");
    const r = extractLicence(printed(licence(wrong)));
    expect(r.fields.certificateNumber).toBeUndefined();
    expect(r.numbered).toBe(false);
    expect(r.fields.name?.text).toBe(EXPECTED.name);
  });

  it("keeps per-character confidence of the legal representative for the name rule", () => {
    const lines = licence().map((l) => (l.text === "张伟" ? { ...l, chars: [0.99, 0.42] } : l));
    const rep = extractLicence(printed(lines)).fields.legalRepresentative;
    expect(rep?.chars).toEqual([0.99, 0.42]);
    expect(rep?.confidence).toBeCloseTo(0.705);
  });
});
