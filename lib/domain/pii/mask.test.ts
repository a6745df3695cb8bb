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
      "身份证号码320***********9343无效：出生日期19800230不是真实日期",
    );
    expect(maskNumbersInText("Mobile 17012345678 is virtual; also +86 138-1234-5678")).toBe(
      "Mobile 170****5678 is virtual; also 138****5678",
    );
  });
  it("leaves unit certificate numbers and dates alone", () => {
    expect(maskNumbersInText("91320213MAK5FCTN00 registered 2026-11-02")).toBe("91320213MAK5FCTN00 registered 2026-11-02");
  });
});
