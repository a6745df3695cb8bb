import { describe, expect, it } from "vitest";
import { maskIdNumber, maskMobile, maskPersonName } from "./mask";

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
