import { describe, expect, it } from "vitest";
import { diffRevisions } from "@/lib/domain/filings/revision-diff";

describe("diffRevisions", () => {
  const base = {
    subject: { kind: "unit", name: "南京某某科技有限公司", mailingAddress: "江苏省南京市玄武区中山路" },
    principal: { name: "张三", mobile: "17012345678" },
    websites: [{ name: "某某官网", domain: "example.cn" }],
  };
  const next = {
    ...base,
    subject: { ...base.subject, mailingAddress: "江苏省南京市玄武区中山路18号" },
    principal: { ...base.principal, mobile: "13812345678" },
  };

  it("lists changed fields, masking personal numbers", () => {
    const diff = diffRevisions({ document: base, materials: [] }, { document: next, materials: [] });
    expect(diff.fields.map((f) => f.path).sort()).toEqual(["principal.mobile", "subject.mailingAddress"]);
    const mobile = diff.fields.find((f) => f.path === "principal.mobile")!;
    expect(mobile).toMatchObject({ before: "170****5678", after: "138****5678" });
  });

  it("lists replaced, added and removed documents", () => {
    const diff = diffRevisions(
      {
        document: base,
        materials: [
          { kind: "principal_id_front", website: null, sha256: "a" },
          { kind: "other", website: null, sha256: "o" },
        ],
      },
      {
        document: base,
        materials: [
          { kind: "principal_id_front", website: null, sha256: "b" },
          { kind: "verification_photo", website: null, sha256: "v" },
        ],
      },
    );
    expect(diff.fields).toEqual([]);
    expect(diff.materials).toEqual(
      expect.arrayContaining([
        { kind: "principal_id_front", website: null, change: "replaced" },
        { kind: "other", website: null, change: "removed" },
        { kind: "verification_photo", website: null, change: "added" },
      ]),
    );
  });
});
