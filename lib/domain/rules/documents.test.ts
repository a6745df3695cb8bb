import { describe, expect, it } from "vitest";
import type { DocumentReading, Field, ReadableKind } from "@/lib/domain/documents/reading";
import type { DocumentFacts } from "@/lib/domain/rules/types";
import { LEGAL_REP_ID, makeIndividualFiling, makeUnitFiling, UNIT_USCC } from "./testing/make-filing";
import { check } from "./testing/run";

// The DOC_* rules on synthetic readings: what a licence or ID card says against the entered data.

const box = { x: 10, y: 20, width: 100, height: 30 };
const field = (text: string, chars?: number[]): Field => ({ text, confidence: 0.97, box, chars: chars ?? [...text].map(() => 0.97) });

function reading(kind: ReadableKind, fields: Record<string, Field>, unreadable = false): DocumentReading {
  return { kind, fields, orientation: 0, unreadable, ms: 500, passes: 1 };
}

const unit = makeUnitFiling();
// Material indices of the factory's unit filing: 0 licence, 1 ID front, 2 ID back, 3 photo.
const licence = (fields: Record<string, Field>, unreadable = false): DocumentFacts => ({
  index: 0,
  reading: reading("subject_certificate", fields, unreadable),
});
const idFront = (fields: Record<string, Field>, unreadable = false): DocumentFacts => ({
  index: 1,
  reading: reading("principal_id_front", fields, unreadable),
});
const idBack = (fields: Record<string, Field>): DocumentFacts => ({ index: 2, reading: reading("principal_id_back", fields) });
const docs = (filing = unit, ...documents: DocumentFacts[]) => check(filing, { documents }).filter((v) => v.rule.startsWith("DOC_"));

const matchingLicence = {
  certificateNumber: field(UNIT_USCC),
  name: field("北京某某科技有限公司"),
  legalRepresentative: field("张三"),
  address: field("北京市海淀区某某路8号"),
};

describe("the document cross-check", () => {
  it("finds nothing when the documents print what was entered", () => {
    expect(
      docs(
        unit,
        licence(matchingLicence),
        idFront({ idNumber: field(LEGAL_REP_ID), name: field("张三") }),
        idBack({ validUntil: field("长期") }),
      ),
    ).toEqual([]);
  });

  it("runs only when readings are given", () => {
    expect(check(unit).filter((v) => v.rule.startsWith("DOC_"))).toEqual([]);
  });

  it("DOC_CERT_NUMBER_MISMATCH: the licence's number differs (an old 注册号 after a licence change), naming both", () => {
    const [v] = docs(unit, licence({ ...matchingLicence, certificateNumber: field("110108000123459") }));
    expect(v).toMatchObject({
      rule: "DOC_CERT_NUMBER_MISMATCH",
      severity: "error",
      path: "subject.certificateNumber",
      material: 0,
      reason: "INFO_MISMATCH",
    });
    expect(v.message.zh).toBe(`证件上为“110108000123459”，填写为“${UNIT_USCC}”`);
    // Case and spacing are not a difference.
    expect(docs(unit, licence({ ...matchingLicence, certificateNumber: field(` ${UNIT_USCC.toLowerCase()} `) }))).toEqual([]);
  });

  it("DOC_ID_NUMBER_MISMATCH: another person's ID card, on the principal's or a site principal's slot", () => {
    const [v] = docs(unit, idFront({ idNumber: field("320102198601011234"), name: field("张伟") }));
    expect(v).toMatchObject({ rule: "DOC_ID_NUMBER_MISMATCH", severity: "error", path: "principal.idNumber", material: 1 });
    const site = makeUnitFiling({
      materials: [...(unit.materials as object[]), { kind: "site_principal_id_front", file: "site.jpg", website: 0 }] as never,
    });
    const [s] = docs(site, { index: 4, reading: reading("site_principal_id_front", { idNumber: field("320102198601011234") }) });
    expect(s).toMatchObject({ rule: "DOC_ID_NUMBER_MISMATCH", path: "websites[0].principal.idNumber", material: 4 });
  });

  it("DOC_NAME_MISMATCH: a confidently read different name is a mismatch; characters the engine was unsure of are not", () => {
    const [v] = docs(unit, idFront({ idNumber: field(LEGAL_REP_ID), name: field("张珊") }));
    expect(v).toMatchObject({ rule: "DOC_NAME_MISMATCH", severity: "warning", path: "principal.name", material: 1 });
    expect(docs(unit, idFront({ idNumber: field(LEGAL_REP_ID), name: field("张珊", [0.99, 0.41]) }))).toEqual([]);
    const company = docs(unit, licence({ ...matchingLicence, name: field("北京某某网络有限公司") }));
    expect(company.map((c) => c.path)).toEqual(["subject.name"]);
    const rep = docs(unit, licence({ ...matchingLicence, legalRepresentative: field("李四") }));
    expect(rep.map((c) => c.path)).toEqual(["subject.legalRepresentative.name"]);
  });

  it("DOC_NAME_MISMATCH does not compare a foreign legal representative's registered transliteration", () => {
    const foreign = makeUnitFiling({
      subject: { legalRepresentative: { name: "John Smith", nationality: "US", idType: "护照", idNumber: "P1234567" } },
    });
    expect(docs(foreign, licence({ ...matchingLicence, legalRepresentative: field("约翰·史密斯") })).map((v) => v.path)).not.toContain(
      "subject.legalRepresentative.name",
    );
  });

  it("DOC_ID_EXPIRY_MISMATCH: the end of validity differs; 长期 equals 长期", () => {
    const [v] = docs(unit, idBack({ validUntil: field("2031-05-01") }));
    expect(v).toMatchObject({ rule: "DOC_ID_EXPIRY_MISMATCH", severity: "warning", path: "principal.idValidUntil", material: 2 });
    expect(docs(unit, idBack({ validUntil: field("长期") }))).toEqual([]);
  });

  it("DOC_UNREADABLE: no valid number in any orientation, and then no other DOC rule on that document", () => {
    const result = docs(unit, licence({ name: field("别的公司") }, true), idFront({ name: field("王五") }, true));
    expect(result.map((v) => `${v.rule}@${v.path}`)).toEqual(["DOC_UNREADABLE@materials[0]", "DOC_UNREADABLE@materials[1]"]);
    expect(result[0]).toMatchObject({ severity: "warning", reason: "CERT_UNCLEAR", material: 0 });
  });

  it("checks only what the spec reads: no licence rules for an individual, no rules for non-resident ID types", () => {
    const person = makeIndividualFiling();
    expect(docs(person, { index: 0, reading: reading("principal_id_front", { idNumber: field("320102198601011234") }) })).toHaveLength(1);
    const passport = makeUnitFiling({ principal: { idType: "护照", idNumber: "E12345678" } });
    expect(docs(passport, idFront({ idNumber: field("320102198601011234") }))).toEqual([]);
  });
});
