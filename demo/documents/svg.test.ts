import { describe, expect, it } from "vitest";
import { cnDate, resolveData } from "@/demo/documents/document-data";
import { esc, wrap } from "@/demo/documents/svg";

describe("svg helpers", () => {
  it("escapes markup in printed data", () => {
    expect(esc(`<a href="x">&'`)).toBe("&#60;a href=&#34;x&#34;&#62;&#38;&#39;");
  });

  it("wraps Chinese anywhere, keeps Latin words whole, never starts a line with closing punctuation", () => {
    const lines = wrap("一般项目：技术服务、技术开发；软件开发，example.com 网络技术服务。", 30, 300);
    expect(lines.every((line) => !/^[，。、；：）]/.test(line))).toBe(true);
    expect(lines.join("").replace(/\s/g, "")).toBe("一般项目：技术服务、技术开发；软件开发，example.com网络技术服务。");
    expect(lines.some((line) => line.includes("example.com"))).toBe(true);
  });
});

describe("document data", () => {
  it("fills absent, empty and undefined fields with defaults", () => {
    const d = resolveData({ personName: "", subjectName: "测试公司", idNumber: undefined });
    expect(d.personName).toBe("张伟");
    expect(d.subjectName).toBe("测试公司");
    expect(d.idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it("formats dates the Chinese way", () => {
    expect(cnDate("2026-01-05")).toBe("2026年1月5日");
    expect(cnDate("长期")).toBe("长期");
  });
});
