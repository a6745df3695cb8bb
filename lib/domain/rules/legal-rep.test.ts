import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import { OTHER_PERSON_ID, type FilingOverrides, makeUnitFiling, unitIn } from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const rule = (f: Filing, id: Parameters<typeof only>[1]) => only(check(f), id);
const base = makeUnitFiling();
const material = (kind: string) => ({ kind, file: `${kind}.jpg` }) as const;
const withMaterials = (...kinds: string[]): FilingOverrides => ({
  materials: [...base.materials, ...kinds.map(material)] as FilingOverrides["materials"],
});

/** The principal (and website principal) becomes 王五, not the legal representative. */
const otherPrincipal: FilingOverrides = {
  principal: { name: "王五", idNumber: OTHER_PERSON_ID },
  websites: [{ ...base.websites[0], principal: { ...base.principal, name: "王五", idNumber: OTHER_PERSON_ID } }],
};
const foreignLegalRep: FilingOverrides = {
  subject: { legalRepresentative: { name: "John Smith", nationality: "US", idType: "护照", idNumber: "E12345678" } },
};

describe("PRINCIPAL_NOT_LEGAL_REP", () => {
  it("fires in a province that requires the legal representative, naming both", () => {
    const [v] = rule(makeUnitFiling(unitIn("广东"), otherPrincipal), "PRINCIPAL_NOT_LEGAL_REP");
    expect(v).toMatchObject({ path: "principal.name", severity: "error", reason: "PRINCIPAL_NOT_LEGALREP" });
    expect(v.message.zh).toContain("王五");
    expect(v.message.zh).toContain("张三");
  });

  it("does not fire when the principal is the legal representative", () => {
    expect(rule(makeUnitFiling(unitIn("广东")), "PRINCIPAL_NOT_LEGAL_REP")).toEqual([]);
  });

  it("compares names when the legal representative has no ID number", () => {
    const nameOnly = (name: string): FilingOverrides => ({
      subject: { legalRepresentative: { name, nationality: "CN", idType: undefined, idNumber: undefined } },
    });
    expect(rule(makeUnitFiling(unitIn("广东"), nameOnly("张三")), "PRINCIPAL_NOT_LEGAL_REP")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("广东"), nameOnly("李四")), "PRINCIPAL_NOT_LEGAL_REP")).toHaveLength(1);
  });

  it("does not apply where the principal may be someone else", () => {
    expect(rule(makeUnitFiling(otherPrincipal), "PRINCIPAL_NOT_LEGAL_REP")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("吉林"), otherPrincipal), "PRINCIPAL_NOT_LEGAL_REP")).toEqual([]);
  });

  it("uses the head office's legal representative for a branch", () => {
    const branch = (headOfficeRep: { name: string; idNumber: string }): FilingOverrides => ({
      subject: {
        isBranch: true,
        legalRepresentative: { name: "王五", nationality: "CN", idType: "居民身份证", idNumber: OTHER_PERSON_ID },
        headOffice: { name: "某某科技有限公司", legalRepresentative: { ...headOfficeRep, nationality: "CN", idType: "居民身份证" } },
      },
    });
    expect(
      rule(makeUnitFiling(unitIn("广东"), branch({ name: "张三", idNumber: base.principal.idNumber })), "PRINCIPAL_NOT_LEGAL_REP"),
    ).toEqual([]);
    const [v] = rule(
      makeUnitFiling(unitIn("广东"), branch({ name: "赵六", idNumber: OTHER_PERSON_ID.slice(0, 17) + "X" })),
      "PRINCIPAL_NOT_LEGAL_REP",
    );
    expect(v.message.zh).toContain("总公司法定代表人");
    expect(v.message.zh).toContain("赵六");
  });

  it("leaves 河北 with a foreign legal representative to the foreign-rep rules", () => {
    expect(rule(makeUnitFiling(unitIn("河北"), foreignLegalRep), "PRINCIPAL_NOT_LEGAL_REP")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("河北"), otherPrincipal), "PRINCIPAL_NOT_LEGAL_REP")).toHaveLength(1);
    expect(rule(makeUnitFiling(unitIn("广东"), foreignLegalRep), "PRINCIPAL_NOT_LEGAL_REP")).toHaveLength(1);
  });
});

describe("AUTHORIZATION_LETTER_MISSING", () => {
  it("fires in an authorization province without the letter, at materials", () => {
    const [v] = rule(makeUnitFiling(unitIn("吉林"), otherPrincipal), "AUTHORIZATION_LETTER_MISSING");
    expect(v).toMatchObject({ path: "materials", material: null, severity: "error", reason: "AUTH_LETTER_MISSING" });
    expect(v.message.zh).toContain("法定代表人授权书");
  });

  it("does not fire with the letter, or when the principal is the legal representative", () => {
    expect(
      rule(makeUnitFiling(unitIn("吉林"), otherPrincipal, withMaterials("principal_authorization")), "AUTHORIZATION_LETTER_MISSING"),
    ).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("吉林")), "AUTHORIZATION_LETTER_MISSING")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("广东"), otherPrincipal), "AUTHORIZATION_LETTER_MISSING")).toEqual([]);
  });
});

describe("FOREIGN_LEGAL_REP_PASSPORT_MISSING", () => {
  it("fires without the passport", () => {
    const [v] = rule(makeUnitFiling(foreignLegalRep), "FOREIGN_LEGAL_REP_PASSPORT_MISSING");
    expect(v).toMatchObject({ path: "materials", material: null, reason: "MATERIAL_MISSING" });
    expect(v.message.zh).toContain("John Smith");
    expect(v.message.zh).toContain("法定代表人护照");
  });

  it("does not fire with the passport or a Chinese legal representative", () => {
    expect(rule(makeUnitFiling(foreignLegalRep, withMaterials("legal_rep_passport")), "FOREIGN_LEGAL_REP_PASSPORT_MISSING")).toEqual([]);
    expect(rule(makeUnitFiling(), "FOREIGN_LEGAL_REP_PASSPORT_MISSING")).toEqual([]);
  });

  it("looks at the head office's legal representative of a branch", () => {
    const branch: FilingOverrides = {
      subject: {
        isBranch: true,
        headOffice: { name: "Acme Ltd", legalRepresentative: { name: "John Smith", nationality: "GB" } },
      },
    };
    expect(rule(makeUnitFiling(branch), "FOREIGN_LEGAL_REP_PASSPORT_MISSING")).toHaveLength(1);
    expect(
      rule(
        makeUnitFiling(foreignLegalRep, {
          subject: {
            isBranch: true,
            headOffice: { name: "总公司", legalRepresentative: { name: "张三", idNumber: base.principal.idNumber } },
          },
        }),
        "FOREIGN_LEGAL_REP_PASSPORT_MISSING",
      ),
    ).toEqual([]);
  });
});

describe("FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL", () => {
  const hebei = (...more: FilingOverrides[]) => makeUnitFiling(unitIn("河北"), foreignLegalRep, ...more);

  it("fires in 河北 without the authorization letter", () => {
    const [v] = rule(hebei(withMaterials("legal_rep_passport")), "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL");
    expect(v).toMatchObject({ path: "materials", reason: "FOREIGN_LEGALREP", severity: "error" });
  });

  it("fires at principal.nationality for a foreign principal", () => {
    const [v] = rule(
      hebei(withMaterials("legal_rep_passport", "principal_authorization"), { principal: { nationality: "JP" } }),
      "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL",
    );
    expect(v.path).toBe("principal.nationality");
    expect(v.message.zh).toContain("JP");
  });

  it("does not fire for a Chinese principal with the letter, or outside 河北", () => {
    expect(rule(hebei(withMaterials("legal_rep_passport", "principal_authorization")), "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("广东"), foreignLegalRep), "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL")).toEqual([]);
    expect(rule(makeUnitFiling(unitIn("河北")), "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL")).toEqual([]);
  });
});
