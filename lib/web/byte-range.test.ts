import { describe, expect, it } from "vitest";
import { parseByteRange } from "@/lib/web/byte-range";

describe("parseByteRange", () => {
  it("reads the forms browsers send", () => {
    expect(parseByteRange("bytes=0-", 100)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 });
    expect(parseByteRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
  });
  it("sends everything without a header and refuses unsatisfiable ranges", () => {
    expect(parseByteRange(null, 100)).toBeNull();
    expect(parseByteRange("bytes=100-", 100)).toBe("invalid");
    expect(parseByteRange("bytes=5-2", 100)).toBe("invalid");
    expect(parseByteRange("items=0-1", 100)).toBe("invalid");
    expect(parseByteRange("bytes=0-1,5-6", 100)).toBe("invalid");
  });
});
