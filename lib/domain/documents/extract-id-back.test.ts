import { describe, expect, it } from "vitest";
import { extractIdBack } from "./extract-id-back";
import { printed, type Printed } from "./synthetic-lines";

function back(validity: string): Printed[] {
  return [
    { text: "中华人民共和国", x: 650, y: 180, size: 75 },
    { text: "居民身份证", x: 620, y: 330, size: 120 },
    { text: "签发机关", x: 345, y: 700, size: 39 },
    { text: "南京市公安局玄武分局", x: 555, y: 694, size: 48 },
    { text: "有效期限", x: 345, y: 805, size: 39 },
    { text: validity, x: 555, y: 799, size: 48 },
  ];
}

const until = (validity: string, tilt = 0) => extractIdBack(printed(back(validity), tilt)).fields.validUntil?.text;

describe("extractIdBack", () => {
  it("reads the end of validity as YYYY-MM-DD, or 长期", () => {
    expect(until("2016.05.01-2036.05.01")).toBe("2036-05-01");
    expect(until("2009.11.30-长期")).toBe("长期");
    expect(until("2021.02.28-2031.02.28", 3)).toBe("2031-02-28");
  });

  it("accepts the dash as the engine reads it (一, —) and look-alike digits", () => {
    expect(until("2016.05.01一2036.05.01")).toBe("2036-05-01");
    expect(until("2016.O5.01—2O36.05.0I")).toBe("2036-05-01");
  });

  it("refuses an end that is not 5, 10 or 20 years after the start to the day (a misread digit)", () => {
    expect(until("2016.05.01-2035.05.01")).toBeUndefined();
    expect(until("2016.05.01-2036.06.01")).toBeUndefined();
  });

  it("gives the box of the end date only", () => {
    const r = extractIdBack(printed(back("2016.05.01-2036.05.01")));
    const box = r.fields.validUntil?.box;
    const line = printed(back("2016.05.01-2036.05.01"))[5].box;
    expect(box && box.x).toBeGreaterThan(line.x + line.width / 2);
    expect(r).toMatchObject({ labelled: true, numbered: true });
  });

  it("reads a range without its label, but says the label is missing", () => {
    const lines = back("2016.05.01-2036.05.01").filter((l) => l.text !== "有效期限");
    const r = extractIdBack(printed(lines));
    expect(r.fields.validUntil?.text).toBe("2036-05-01");
    expect(r.labelled).toBe(false);
  });
});
