import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { usccCheckChar } from "@/lib/domain/rules/validators/uscc";
import { readNumber } from "./numbers";

// (The demo renderer's defaults 91320102MA1XK3P47Q and 320102198607151234 do not validate.)
const USCC = "91320102MA1XK3P47" + usccCheckChar("91320102MA1XK3P47");
const REG = "32010200012345";
const ID = "32010219860715123" + residentIdCheckChar("32010219860715123");

describe("readNumber", () => {
  it("reads a number that validates as printed, with its character range", () => {
    expect(readNumber(`统一社会信用代码${USCC}`, "uscc")).toEqual({ value: USCC, start: 8, end: 26, repaired: false });
    expect(USCC).toBe("91320102MA1XK3P47B");
    expect(ID).toBe("320102198607151235");
    expect(readNumber(`公民身份号码 ${ID}`, "resident-id")?.value).toBe(ID);
  });

  it("ignores spaces and full-width forms inside the number", () => {
    expect(readNumber("９１３２ ０１０２ MA1X K3P4 7B", "uscc")?.value).toBe(USCC);
    const withX = "11010819850322189" + residentIdCheckChar("11010819850322189");
    expect(withX.endsWith("X") ? readNumber(withX.toLowerCase(), "resident-id")?.value : withX).toBe(withX);
  });

  it("fixes O/I/Z/S/B where the position can only hold a digit", () => {
    expect(readNumber("9132O1O2MA1XK3P47B", "uscc")).toMatchObject({ value: USCC, repaired: true });
    expect(readNumber("3201O2198607I5I235", "resident-id")).toMatchObject({ value: ID, repaired: true });
    expect(readNumber("32O1O2I9B6O7I5I235", "resident-id")?.value).toBe(ID);
  });

  it("fixes letters a USCC cannot contain anywhere (O, I, Z, S)", () => {
    expect(readNumber(USCC.replace("1XK", "IXK"), "uscc")?.value).toBe(USCC);
  });

  it("swaps a legal B/8 in a USCC only where the engine was unsure, and only when exactly one swap validates", () => {
    const withB = makeUsccWith("B");
    const misread = withB.replace(/B(?=[^B]*$)/, "8");
    const at = misread.lastIndexOf("8");
    const sure = [...misread].map(() => 0.99);
    const unsure = sure.map((c, i) => (i === at ? 0.6 : c));
    expect(readNumber(misread, "uscc", sure)).toBeNull();
    expect(readNumber(misread, "uscc", unsure)).toMatchObject({ value: withB, repaired: true });
  });

  it("never accepts a number that does not validate, nor one of two different valid numbers", () => {
    expect(readNumber(USCC.replace("47B", "48B"), "uscc")).toBeNull();
    const other = "11010819850322189" + residentIdCheckChar("11010819850322189");
    expect(readNumber(`${ID} ${other}`, "resident-id")).toBeNull();
    expect(readNumber(`${ID} ${ID}`, "resident-id")?.value).toBe(ID);
  });

  it("reads 15-digit 注册号 with the MOD 11,10 digit, repairing letters that must be digits", () => {
    const reg = withMod11(REG.slice(0, 14));
    expect(readNumber(reg, "registration")?.value).toBe(reg);
    expect(readNumber(reg.replace(/0/g, "O"), "registration")?.value).toBe(reg);
    expect(readNumber(reg.slice(0, 14) + ((Number(reg[14]) + 1) % 10), "registration")).toBeNull();
  });
});

function withMod11(first14: string): string {
  let p = 10;
  for (const ch of first14) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return first14 + ((11 - p) % 10);
}

/** A valid USCC whose organisation code contains `letter`, found by varying the last body character. */
function makeUsccWith(letter: string): string {
  const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `91320102MA${letter}XK3P47`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]) * WEIGHTS[i];
  return first17 + CHARS[(31 - (sum % 31)) % 31];
}
