import { describe, expect, it } from "vitest";
import { parseArgs } from "@/lib/services/rules-cli/args";
import { isImageBytes } from "@/lib/services/rules-cli/sniff-image";
import { todayInUtc8 } from "@/lib/services/rules-cli/today";

describe("parseArgs", () => {
  it("reads check FILE with an optional --as-of", () => {
    expect(parseArgs(["check", "a.json"])).toEqual({ ok: true, args: { file: "a.json", asOf: null, readDocuments: false } });
    expect(parseArgs(["check", "a.json", "--read-documents"])).toEqual({
      ok: true,
      args: { file: "a.json", asOf: null, readDocuments: true },
    });
    expect(parseArgs(["check", "a.json", "--as-of", "2026-11-20"])).toEqual({
      ok: true,
      args: { file: "a.json", asOf: "2026-11-20", readDocuments: false },
    });
    expect(parseArgs(["check", "--as-of=2026-11-20", "a.json"])).toEqual({
      ok: true,
      args: { file: "a.json", asOf: "2026-11-20", readDocuments: false },
    });
  });

  it.each([
    [[]],
    [["lint", "a.json"]],
    [["check"]],
    [["check", "a.json", "b.json"]],
    [["check", "a.json", "--as-of"]],
    [["check", "a.json", "--verbose"]],
  ])("rejects %j", (argv) => expect(parseArgs(argv).ok).toBe(false));
});

describe("todayInUtc8", () => {
  it("turns the date at 16:00 UTC", () => {
    expect(todayInUtc8(new Date("2026-11-19T15:59:59Z"))).toBe("2026-11-19");
    expect(todayInUtc8(new Date("2026-11-19T16:00:00Z"))).toBe("2026-11-20");
  });
});

describe("isImageBytes", () => {
  const bytes = (...b: (number | string)[]) =>
    Buffer.concat(b.map((x) => (typeof x === "string" ? Buffer.from(x, "latin1") : Buffer.from([x]))));
  it("recognises JPEG, PNG and WebP by their magic bytes only", () => {
    expect(isImageBytes(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(isImageBytes(bytes(0x89, "PNG\r\n"))).toBe(true);
    expect(isImageBytes(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe(true);
    expect(isImageBytes(bytes("RIFF", 0, 0, 0, 0, "WAVEfmt "))).toBe(false);
    expect(isImageBytes(bytes(0, 0, 0, 0x18, "ftypisom"))).toBe(false);
    expect(isImageBytes(bytes("GIF89a"))).toBe(false);
    expect(isImageBytes(bytes(0xff, 0xd8))).toBe(false);
  });
});
