import { describe, expect, it } from "vitest";
import { documentFields, valueAtPath } from "@/lib/domain/filings/document-fields";

const doc = {
  subject: { kind: "unit", name: "南京某某科技有限公司", legalRepresentative: { name: "张三", idNumber: "110101199003071234" } },
  principal: { name: "张三", mobile: "13812345678", idNumber: "110101199003071234" },
  websites: [{ name: "某某官网", domain: "example.cn", principal: { mobile: "13912345678" } }],
};

describe("documentFields", () => {
  const rows = documentFields(doc);
  it("uses the spec's paths and masks personal numbers", () => {
    const byPath = Object.fromEntries(rows.map((r) => [r.path, r]));
    expect(byPath["principal.mobile"]).toMatchObject({ display: "138****5678", pii: "phone", group: "principal" });
    expect(byPath["subject.legalRepresentative.idNumber"]).toMatchObject({ display: "110***********1234", pii: "id" });
    expect(byPath["websites[0].principal.mobile"]).toMatchObject({ website: 0, label: { zh: "网站负责人手机", en: "Mobile" } });
    expect(byPath["subject.name"]).toMatchObject({ display: "南京某某科技有限公司", pii: null });
  });
  it("never carries the full number in what it displays", () => {
    expect(JSON.stringify(rows)).not.toContain("13812345678");
  });
  it("reads a value back by path", () => {
    expect(valueAtPath(doc, "websites[0].principal.mobile")).toBe("13912345678");
    expect(valueAtPath(doc, "websites[3].name")).toBeUndefined();
  });
});
