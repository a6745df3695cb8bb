import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("message catalogs", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(loadMessages("en")).sort()).toEqual(keys(loadMessages("zh-CN")).sort());
  });
  it("leave no text empty", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const empty = keys(loadMessages(locale)).filter(
        (k) => k.split(".").reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], loadMessages(locale)) === "",
      );
      expect(empty, locale).toEqual([]);
    }
  });
});
