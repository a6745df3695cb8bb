import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirect } from "@/lib/web/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackPath("/filings/12?tab=docs")).toBe("/filings/12?tab=docs");
  });

  it("refuses other origins and loops", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/login",
      "/api/auth/signout",
      "",
      undefined,
      "javascript:alert(1)",
    ]) {
      expect(safeCallbackPath(bad)).toBe("/filings");
    }
  });

  it("parses as a browser does: tabs and newlines inside '//' do not smuggle a host", () => {
    for (const bad of ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "\t//evil.example", "/\\\t\\evil.example"]) {
      expect(safeCallbackPath(bad)).toBe("/filings");
    }
  });

  it("never returns control characters", () => {
    expect(safeCallbackPath("/filings\n?x=1")).toBe("/filings?x=1");
  });
});

describe("safeRedirect (next-auth)", () => {
  const base = "http://localhost:3000";
  it("keeps the console's own pages and refuses everything else", () => {
    expect(safeRedirect("/filings/3", base)).toBe(`${base}/filings/3`);
    expect(safeRedirect(`${base}/audit`, base)).toBe(`${base}/audit`);
    expect(safeRedirect("/\t/evil.example", base)).toBe(`${base}/filings`);
    expect(safeRedirect("https://evil.example/filings", base)).toBe(`${base}/filings`);
  });
});
