import { describe, expect, it } from "vitest";
import { maskIdNumber, maskMobile, maskNumbersInText, maskPersonName } from "@/lib/domain/pii/mask";

describe("masking", () => {
  it("masks names as the list shows them", () => {
    expect(maskPersonName("李小明")).toBe("李*明");
    expect(maskPersonName("李明")).toBe("李*");
    expect(maskPersonName("欧阳小明")).toBe("欧**明");
  });
  it("masks ID numbers and mobiles", () => {
    expect(maskIdNumber("110101199003071234")).toBe("110***********1234");
    expect(maskMobile("13812345678")).toBe("138****5678");
    expect(maskMobile("138-1234-5678")).toBe("138****5678");
  });
});

describe("maskNumbersInText", () => {
  it("masks ID numbers and mobiles inside a message, keeping the rest", () => {
    expect(maskNumbersInText("身份证号码320102198002309343无效：出生日期19800230不是真实日期")).toBe(
      "身份证号码320***********9343无效：出生日期******30不是真实日期",
    );
    expect(maskNumbersInText("Mobile 17012345678 is virtual; also +86 138-1234-5678")).toBe(
      "Mobile 170****5678 is virtual; also 138****5678",
    );
  });
  it("masks every other run of 6 or more digits, and leaves shorter ones and dates alone", () => {
    expect(maskNumbersInText("手机号码“138123456789”无效")).toBe("手机号码“138*****6789”无效");
    expect(maskNumbersInText("身份证号码11010119900307123无效")).toBe("身份证号码110**********7123无效");
    expect(maskNumbersInText("91320213MAK5FCTN00 registered 2026-11-02, room 12345")).toBe(
      "******13MAK5FCTN00 registered 2026-11-02, room 12345",
    );
    expect(maskNumbersInText("已在其他账号下备案：TC20261120000123")).toBe("已在其他账号下备案：TC20261120000123");
  });
});
