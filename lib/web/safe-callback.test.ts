import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/web/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackPath("/filings/12?tab=docs")).toBe("/filings/12?tab=docs");
  });
  it("refuses other origins and loops", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/login", "/api/auth/signout", "", undefined]) {
      expect(safeCallbackPath(bad)).toBe("/filings");
    }
  });
});
