import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "@/lib/domain/audit/csv";

describe("csv", () => {
  it("quotes what needs quoting", () => {
    expect(csvField('说"明",好')).toBe('"说""明"",好"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
  });
  it("defuses formulas", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-1")).toBe("'-1");
  });
  it("ends lines with CRLF", () => {
    expect(csvLine(["a", 1])).toBe("a,1\r\n");
  });
});
