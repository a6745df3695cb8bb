import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { extractIdFront } from "./extract-id-front";
import { printed, type Printed } from "./synthetic-lines";

const ID = "32010219860715123" + residentIdCheckChar("32010219860715123");

/** The 人像面 at 1.5× (1590 px wide): labels in a column, values to their right, the number at the bottom. */
function front(name = "张伟", number = ID): Printed[] {
  return [
    { text: "姓名", x: 105, y: 140, size: 39 },
    { text: name, x: 255, y: 128, size: 57 },
    { text: "性别", x: 105, y: 252, size: 39 },
    { text: "男", x: 255, y: 246, size: 48 },
    { text: "民族", x: 450, y: 252, size: 39 },
    { text: "汉", x: 600, y: 246, size: 48 },
    { text: "出生", x: 105, y: 365, size: 39 },
    { text: "1986年7月15日", x: 255, y: 360, size: 48 },
    { text: "住址", x: 105, y: 470, size: 39 },
    { text: "江苏省南京市玄武区珠江路88号", x: 255, y: 466, size: 45 },
    { text: "3栋2单元501室", x: 255, y: 532, size: 45 },
    { text: "公民身份号码", x: 105, y: 792, size: 39 },
    { text: number, x: 495, y: 778, size: 60 },
  ];
}

describe("extractIdFront", () => {
  it("reads 姓名 and 公民身份号码", () => {
    const r = extractIdFront(printed(front()));
    expect(r.fields.name?.text).toBe("张伟");
    expect(r.fields.idNumber?.text).toBe(ID);
    expect(r).toMatchObject({ labelled: true, numbered: true });
  });

  it.each([-4, 4])("reads a card photographed %s° off", (tilt) => {
    const r = extractIdFront(printed(front("欧阳子涵"), tilt));
    expect([r.fields.name?.text, r.fields.idNumber?.text]).toEqual(["欧阳子涵", ID]);
  });

  it("splits a label the engine read together with its value (姓名张伟)", () => {
    const lines = front()
      .filter((l) => l.text !== "张伟")
      .map((l) => (l.text === "姓名" ? { ...l, text: "姓名张伟" } : l));
    expect(extractIdFront(printed(lines)).fields.name?.text).toBe("张伟");
  });

  it("resolves O/I read for 0/1 in the number only because the result validates", () => {
    const r = extractIdFront(printed(front("张伟", ID.replace(/0/g, "O").replace(/1/g, "I"))));
    expect(r.fields.idNumber?.text).toBe(ID);
  });

  it("reads no number when a digit is misread (the check character catches it)", () => {
    const wrong = ID.slice(0, 5) + ((Number(ID[5]) + 3) % 10) + ID.slice(6);
    const r = extractIdFront(printed(front("张伟", wrong)));
    expect(r.fields.idNumber).toBeUndefined();
    expect(r.numbered).toBe(false);
    expect(r.labelled).toBe(true);
  });

  it("still finds the number when its label was misread", () => {
    const lines = front().map((l) => (l.text === "公民身份号码" ? { ...l, text: "公民身份号玛" } : l));
    expect(extractIdFront(printed(lines)).fields.idNumber?.text).toBe(ID);
    const garbled = front().map((l) => (l.text === "公民身份号码" ? { ...l, text: "公艮身分亏码" } : l));
    expect(extractIdFront(printed(garbled)).fields.idNumber?.text).toBe(ID);
  });

  it("is labelled only when something follows 姓名, not the label alone (a sideways read finds the label)", () => {
    const r = extractIdFront(printed(front().filter((l) => l.text !== "张伟")));
    expect(r.labelled).toBe(false);
    expect(r.numbered).toBe(true);
  });

  it("reports no name when the engine dropped a character it cannot spell (王燊 read as 王), but stays labelled", () => {
    const r = extractIdFront(printed(front("王")));
    expect(r.fields.name).toBeUndefined();
    expect(r).toMatchObject({ labelled: true, numbered: true });
  });

  it("drops stray punctuation around a name but keeps the middle dot of a transliterated one", () => {
    expect(extractIdFront(printed(front("·张伟:"))).fields.name?.text).toBe("·张伟");
    expect(extractIdFront(printed(front("买买提·艾力"))).fields.name?.text).toBe("买买提·艾力");
  });

  it("reads 一 that the engine returned as a dash (顾俊- → 顾俊一), seen on a 10° photo", () => {
    expect(extractIdFront(printed(front("顾俊-"))).fields.name?.text).toBe("顾俊一");
  });
});
