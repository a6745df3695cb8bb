import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import {
  OTHER_PERSON_ID,
  type FilingOverrides,
  makeIndividualFiling,
  makeUnitFiling,
  unitIn,
} from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const missing = (f: Filing) => only(check(f), "MATERIAL_MISSING");
const jiangsu = (f: Filing) => only(check(f), "JIANGSU_AUTHENTICITY_MISSING");
const base = makeUnitFiling();
type Materials = NonNullable<FilingOverrides["materials"]>;
const materials = (...items: Materials): FilingOverrides => ({ materials: items });
const m = (kind: Materials[number]["kind"], website?: number) => ({ kind, file: `${kind}.jpg`, website });

/** The website principal becomes 王五 (another person). */
const otherSitePrincipal = (idType: "居民身份证" | "护照" = "居民身份证"): FilingOverrides => ({
  websites: [{ ...base.websites[0], principal: { ...base.principal, name: "王五", idNumber: OTHER_PERSON_ID, idType } }],
});

describe("MATERIAL_MISSING", () => {
  it("reports one violation per missing kind at materials, naming it", () => {
    const found = missing(makeUnitFiling(materials()));
    expect(found).toHaveLength(4);
    expect(found.every((v) => v.path === "materials" && v.material === null && v.reason === "MATERIAL_MISSING")).toBe(true);
    const texts = found.map((v) => v.message.en).join("\n");
    for (const kind of ["subject_certificate", "principal_id_front", "principal_id_back", "verification_photo"]) {
      expect(texts).toContain(kind);
    }
  });

  it("does not ask an individual for a subject certificate", () => {
    expect(missing(makeIndividualFiling())).toEqual([]);
  });

  it("asks for the back only of a resident ID card", () => {
    const front = materials(m("subject_certificate"), m("principal_id_front"), m("verification_photo"));
    expect(missing(makeUnitFiling(front))).toHaveLength(1);
    expect(missing(makeUnitFiling(front, { principal: { idType: "护照", nationality: "CN" } }))).toEqual([]);
  });

  it("asks for a different website principal's ID, front and back, for that website", () => {
    const found = missing(makeUnitFiling(otherSitePrincipal()));
    expect(found.map((v) => v.message.en)).toEqual([
      expect.stringContaining("site_principal_id_front"),
      expect.stringContaining("site_principal_id_back"),
    ]);
    const given = materials(...base.materials, m("site_principal_id_front"), m("site_principal_id_back", 0));
    expect(missing(makeUnitFiling(otherSitePrincipal(), given))).toEqual([]);
    expect(missing(makeUnitFiling(otherSitePrincipal("护照"), materials(...base.materials, m("site_principal_id_front"))))).toEqual([]);
  });

  it("matches site materials by website index", () => {
    const site0 = base.websites[0];
    const second = { ...site0, domain: "example.org", principal: { ...site0.principal, name: "王五", idNumber: OTHER_PERSON_ID } };
    const filing = (extra: Materials) => makeUnitFiling({ websites: [site0, second] }, materials(...base.materials, ...extra));
    expect(missing(filing([m("site_principal_id_front"), m("site_principal_id_back")]))).toHaveLength(2);
    expect(missing(filing([m("site_principal_id_front", 1), m("site_principal_id_back", 1)]))).toEqual([]);
  });
});

describe("JIANGSU_AUTHENTICITY_MISSING", () => {
  it("fires once in 江苏, naming every missing material", () => {
    const [v, ...rest] = jiangsu(makeUnitFiling(unitIn("江苏")));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ path: "materials", material: null, severity: "error", reason: "JS_COMMITMENT" });
    expect(v.message.zh).toContain("责任告知书");
    expect(v.message.zh).toContain("承诺书");
    expect(v.message.zh).toContain("承诺视频");
  });

  it("names only what is missing, and is silent when all three are there", () => {
    const two = materials(...base.materials, m("js_responsibility_notice"), m("js_commitment_letter"));
    const [v] = jiangsu(makeUnitFiling(unitIn("江苏"), two));
    expect(v.message.zh).not.toContain("告知书");
    expect(v.message.zh).toContain("承诺视频");
    const all = materials(...base.materials, m("js_responsibility_notice"), m("js_commitment_letter"), m("js_commitment_video"));
    expect(jiangsu(makeUnitFiling(unitIn("江苏"), all))).toEqual([]);
    expect(jiangsu(makeIndividualFiling({ province: "江苏" }))).toHaveLength(1);
  });

  it("does not apply outside 江苏", () => {
    expect(jiangsu(makeUnitFiling())).toEqual([]);
  });
});
