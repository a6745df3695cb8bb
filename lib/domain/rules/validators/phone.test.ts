import { describe, expect, it } from "vitest";
import { isLandline, isSamePhone, isValidMobile, isVirtualMobile, normaliseMobile, phoneKey } from "@/lib/domain/rules/validators/phone";

describe("mobile numbers", () => {
  it("normalises separators and the country prefix", () => {
    expect(normaliseMobile("138 1234 5678")).toBe("13812345678");
    expect(normaliseMobile("+86 138-1234-5678")).toBe("13812345678");
    expect(normaliseMobile("8613812345678")).toBe("13812345678");
    expect(normaliseMobile("86138123456")).toBe("86138123456");
  });

  it.each(["13812345678", "+8613812345678", "86-138-1234-5678", "14512345678", "19212345678", "17812345678"])("accepts %s", (value) =>
    expect(isValidMobile(value)).toBe(true),
  );

  it.each(["12345678901", "1381234567", "138123456789", "14012345678", "15412345678", "17412345678", "19412345678", "1381234567a", ""])(
    "rejects %s",
    (value) => expect(isValidMobile(value)).toBe(false),
  );

  it("flags the virtual-operator segments only on valid numbers", () => {
    for (const segment of ["170", "171", "162", "165", "167"]) {
      expect(isVirtualMobile(`${segment}12345678`)).toBe(true);
    }
    expect(isVirtualMobile("+86 170 1234 5678")).toBe(true);
    expect(isVirtualMobile("16612345678")).toBe(false);
    expect(isVirtualMobile("1701234567")).toBe(false);
  });
});

describe("landlines", () => {
  it.each(["025-84561234", "02584561234", "0755-86013388", "010-62345678-123", "025-8456123", "025 8456 1234"])("accepts %s", (v) =>
    expect(isLandline(v)).toBe(true),
  );
  it.each(["25-84561234", "025-04561234", "025-1456123", "13812345678", "025-845612", "0755-12345678", "010-62345678-1234567"])(
    "rejects %s",
    (v) => expect(isLandline(v)).toBe(false),
  );
});

describe("same phone number", () => {
  it("compares digits with the 86 prefix dropped from 13 digits", () => {
    expect(isSamePhone("+86 138-1234-5678", "13812345678")).toBe(true);
    expect(isSamePhone("010-62345678", "01062345678")).toBe(true);
    expect(isSamePhone("13812345678", "13812345679")).toBe(false);
    expect(isSamePhone("", "")).toBe(false);
    expect(phoneKey("8613812345678")).toBe("13812345678");
    expect(phoneKey("86010623456")).toBe("86010623456");
  });
});
