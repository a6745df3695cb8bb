import { describe, expect, it } from "vitest";
import { buildInput, LEGAL_REP_ID, UNIT_USCC } from "@/lib/domain/rules/testing/make-filing";
import { parseFiling } from "@/lib/domain/validation/filing";
import { formatPath } from "@/lib/domain/validation/issues";

const unit = (...overrides: Parameters<typeof buildInput>[1][]) => buildInput("unit", ...overrides);
const individual = (...overrides: Parameters<typeof buildInput>[1][]) => buildInput("individual", ...overrides);

function issuesOf(input: unknown) {
  const result = parseFiling(input);
  if (result.ok) throw new Error("expected the filing to be rejected");
  return result.issues;
}
function pathsOf(input: unknown): string[] {
  return issuesOf(input).map((i) => i.path);
}
type Path = (string | number)[];

/** Every string in a document, with its path. */
function stringLeaves(value: unknown, path: Path = []): { path: Path; value: string }[] {
  if (typeof value === "string") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function setAt(doc: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((at, key) => at[key] as never, doc as never);
  parent[path[path.length - 1]] = value;
}

/** A unit document that uses every optional string field of the schema. */
function everyField() {
  const legalRepresentative = { name: "王五", nationality: "CN", idType: "居民身份证" as const, idNumber: LEGAL_REP_ID };
  const doc = unit({
    accountId: "acct-1",
    subject: { isBranch: true, headOffice: { name: "北京某某集团有限公司", legalRepresentative }, remark: "备注" },
    existingRecord: {
      icpNumber: "京ICP备12345678号",
      subjectName: "北京某某科技有限公司",
      subjectCertificateNumber: UNIT_USCC,
      principalName: "张三",
      principalIsLegalRepresentative: true,
    },
    materials: [
      { kind: "subject_certificate", file: "license.jpg" },
      { kind: "site_principal_id_front", file: "site-id-front.jpg", website: 0 },
    ],
  });
  ((doc.websites as Record<string, unknown>[])[0].serviceContent as string[]).push("网上商城");
  return doc;
}

function parsed(input: unknown) {
  const result = parseFiling(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.filing;
}

describe("parseFiling", () => {
  it("accepts the factory documents and applies defaults", () => {
    const doc = unit();
    delete doc.revision;
    delete (doc.principal as Record<string, unknown>).nationality;
    const filing = parsed(doc);
    expect(filing.revision).toBe(1);
    expect(filing.principal.nationality).toBe("CN");
    expect(parsed(individual()).subject.kind).toBe("individual");
    const noMaterials = unit();
    delete noMaterials.materials;
    expect(parsed(noMaterials).materials).toEqual([]);
  });

  it("rejects unknown keys at every level, at the key's own path", () => {
    expect(pathsOf({ ...unit(), extra: 1 })).toEqual(["extra"]);
    const doc = unit();
    (doc.subject as Record<string, unknown>).legalRepresentatve = {};
    ((doc.websites as Record<string, unknown>[])[0].principal as Record<string, unknown>).mobil = "1";
    expect(pathsOf(doc).sort()).toEqual(["subject.legalRepresentatve", "websites[0].principal.mobil"]);
  });

  it("uses bracket notation for array indices", () => {
    const doc = unit({
      materials: [
        { kind: "subject_certificate", file: "a" },
        { kind: "other", file: "b" },
        { kind: "selfie" as "other", file: "c" },
      ],
    });
    expect(pathsOf(doc)).toEqual(["materials[2].kind"]);
    const phone = unit();
    ((phone.websites as Record<string, unknown>[])[0].principal as Record<string, unknown>).mobile = "";
    expect(pathsOf(phone)).toEqual(["websites[0].principal.mobile"]);
  });

  it("names the root for a document that is not an object", () => {
    expect(pathsOf("nope")).toEqual(["(root)"]);
    expect(pathsOf(null)).toEqual(["(root)"]);
  });

  it("names every failing path at once", () => {
    const doc = unit({ externalId: "bad id!", province: "台湾" as "北京", principal: { mobile: "1".repeat(33) } });
    expect(pathsOf(doc).sort()).toEqual(["externalId", "principal.mobile", "province"]);
  });

  it("requires real calendar dates", () => {
    expect(pathsOf(unit({ subject: { registeredOn: "2026-02-29" } }))).toEqual(["subject.registeredOn"]);
    expect(pathsOf(unit({ subject: { registeredOn: "2026-2-3" } }))).toEqual(["subject.registeredOn"]);
    expect(parsed(unit({ subject: { registeredOn: "2024-02-29" } })).subject.registeredOn).toBe("2024-02-29");
    expect(pathsOf(unit({ principal: { idValidUntil: "永久" } }))).toEqual(["principal.idValidUntil"]);
    expect(parsed(unit({ principal: { idValidUntil: "长期" } })).principal.idValidUntil).toBe("长期");
  });

  it("refuses an empty date, and accepts an absent one", () => {
    expect(pathsOf(unit({ principal: { idValidUntil: "" } }))).toEqual(["principal.idValidUntil"]);
    expect(pathsOf(unit({ subject: { registeredOn: "" } }))).toEqual(["subject.registeredOn"]);
    expect(pathsOf(unit({ subject: { certificateValidUntil: "   " } }))).toEqual(["subject.certificateValidUntil"]);
    const absent = parsed(
      unit({ principal: { idValidUntil: undefined }, subject: { registeredOn: undefined, certificateValidUntil: undefined } }),
    );
    expect([absent.principal.idValidUntil, absent.subject.registeredOn, absent.subject.certificateValidUntil]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("requires an instant with an offset", () => {
    expect(pathsOf(unit({ submittedAt: "2026-11-20T09:12:00" }))).toEqual(["submittedAt"]);
    expect(pathsOf(unit({ submittedAt: "2026-11-31T09:12:00+08:00" }))).toEqual(["submittedAt"]);
    expect(parsed(unit({ submittedAt: "2026-11-20T01:12:00.123Z" })).submittedAt).toBe("2026-11-20T01:12:00.123Z");
    expect(parsed(unit({ submittedAt: "2026-11-20T09:12+08:00" })).submittedAt).toBe("2026-11-20T09:12+08:00");
  });

  it("bounds numbers by length only", () => {
    expect(parsed(unit({ principal: { mobile: "not a number" } })).principal.mobile).toBe("not a number");
    expect(pathsOf(unit({ subject: { certificateNumber: "   " } }))).toEqual(["subject.certificateNumber"]);
    expect(pathsOf(unit({ subject: { certificateNumber: "9".repeat(33) } }))).toEqual(["subject.certificateNumber"]);
  });

  it("refuses digits other than ASCII 0–9 in numbers, wherever they are", () => {
    const issues = issuesOf(
      unit({
        subject: {
          certificateNumber: "９１110108717743469K", // full-width
          legalRepresentative: { idNumber: "11010519491231002\u0663" }, // Arabic-Indic
        },
        principal: { mobile: "１３８１２３４５６７８", officePhone: "010-\u0966\u0968345678", emergencyPhone: "\u09e7" },
        existingRecord: { icpNumber: "京ICP备１２３号", subjectCertificateNumber: "\u{1d7ce}" }, // mathematical bold 0
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      "existingRecord.icpNumber",
      "existingRecord.subjectCertificateNumber",
      "principal.emergencyPhone",
      "principal.mobile",
      "principal.officePhone",
      "subject.certificateNumber",
      "subject.legalRepresentative.idNumber",
    ]);
    expect(new Set(issues.map((i) => i.message))).toEqual(new Set(["must use ASCII digits 0–9"]));
  });

  it("refuses a lone UTF-16 surrogate in every string field, at its own path", () => {
    const doc = everyField();
    expect(parseFiling(doc).ok).toBe(true);
    const leaves = stringLeaves(doc);
    expect(leaves.length).toBeGreaterThan(50);
    for (const leaf of leaves) {
      const broken = structuredClone(doc);
      setAt(broken, leaf.path, `${leaf.value}\uD800`);
      expect(pathsOf(broken), formatPath(leaf.path)).toContain(formatPath(leaf.path));
    }
    const everywhere = structuredClone(doc);
    for (const [i, leaf] of leaves.entries()) setAt(everywhere, leaf.path, i % 2 ? `\uDFFF${leaf.value}` : `${leaf.value}\uD83D`);
    expect(new Set(pathsOf(everywhere))).toEqual(new Set(leaves.map((leaf) => formatPath(leaf.path))));
  });

  it("accepts characters outside the BMP written as surrogate pairs", () => {
    expect(parsed(unit({ principal: { name: "𠮷田" }, subject: { remark: "😀" } })).principal.name).toBe("𠮷田");
  });

  it("trims strings and treats empty optional strings as absent", () => {
    const filing = parsed(unit({ principal: { name: "  张三 ", officePhone: "", email: " " } }));
    expect(filing.principal.name).toBe("张三");
    expect(filing.principal.officePhone).toBeUndefined();
    expect(filing.principal.email).toBeUndefined();
    expect(parsed(unit({ principal: { nationality: "us" } })).principal.nationality).toBe("US");
    expect(pathsOf(unit({ principal: { nationality: "USA" } }))).toEqual(["principal.nationality"]);
  });

  it("stores domains in Unicode and rejects non-domains", () => {
    const site = unit().websites as Record<string, unknown>[];
    const withDomain = (domain: string) => unit({ websites: [{ ...site[0], domain } as never] });
    expect(parsed(withDomain("xn--fsqu00a.XN--fiqs8s")).websites[0].domain).toBe("例子.中国");
    expect(parsed(withDomain("Example.CN")).websites[0].domain).toBe("example.cn");
    expect(pathsOf(withDomain("https://example.cn/"))).toEqual(["websites[0].domain"]);
    expect(pathsOf(withDomain("localhost"))).toEqual(["websites[0].domain"]);
  });

  it("accepts 1–10 websites for a unit", () => {
    const site = (unit().websites as unknown[])[0];
    expect(pathsOf(unit({ websites: [] }))).toEqual(["websites"]);
    expect(parsed(unit({ websites: Array(10).fill(site) })).websites).toHaveLength(10);
    expect(pathsOf(unit({ websites: Array(11).fill(site) }))).toEqual(["websites"]);
  });

  it("requires every website to list at least one service content", () => {
    const site = (unit().websites as Record<string, unknown>[])[0];
    expect(pathsOf(unit({ websites: [site, { ...site, serviceContent: [] }] as never }))).toEqual(["websites[1].serviceContent"]);
    expect(pathsOf(unit({ websites: [{ ...site, serviceContent: undefined }] as never }))).toEqual(["websites[0].serviceContent"]);
    expect(pathsOf(unit({ websites: [{ ...site, serviceContent: [" "] }] as never }))).toEqual(["websites[0].serviceContent[0]"]);
  });

  it("makes the individual the principal", () => {
    expect(pathsOf(individual({ subject: { name: "王五" } }))).toEqual(["subject.name"]);
    expect(pathsOf(individual({ subject: { certificateNumber: "110101199003070000" } }))).toEqual(["subject.certificateNumber"]);
    expect(pathsOf(individual({ subject: { nature: "企业" } }))).toEqual(["subject.nature"]);
    const site = (individual().websites as never[])[0];
    expect(pathsOf(individual({ websites: [site, site] }))).toEqual(["websites"]);
    const lower = individual();
    (lower.subject as Record<string, string>).certificateNumber = "11010119900307001x";
    (lower.principal as Record<string, string>).idNumber = "11010119900307001X";
    expect(parseFiling(lower).ok).toBe(true);
  });

  it("requires a unit's legal representative and threeInOne, and a branch's head office", () => {
    expect(pathsOf(unit({ subject: { legalRepresentative: undefined } }))).toEqual(["subject.legalRepresentative"]);
    expect(pathsOf(unit({ subject: { threeInOne: undefined } }))).toEqual(["subject.threeInOne"]);
    expect(pathsOf(unit({ subject: { nature: "个人" } }))).toEqual(["subject.nature"]);
    expect(pathsOf(unit({ subject: { isBranch: true } }))).toEqual(["subject.headOffice"]);
  });

  it("requires a material's website index to exist", () => {
    const doc = unit({ materials: [{ kind: "site_principal_id_front", file: "a.jpg", website: 1 }] });
    expect(pathsOf(doc)).toEqual(["materials[0].website"]);
    expect(pathsOf(unit({ materials: [{ kind: "other", file: "a.jpg", website: -1 }] }))).toEqual(["materials[0].website"]);
  });

  it("accepts an absent or null existing record", () => {
    expect(parsed(unit({ existingRecord: null })).existingRecord).toBeNull();
    expect(parsed(unit({ existingRecord: undefined })).existingRecord).toBeUndefined();
    expect(pathsOf(unit({ existingRecord: { icpNumber: "京ICP备1号" } as never }))).toEqual(["existingRecord.subjectCertificateNumber"]);
  });
});
