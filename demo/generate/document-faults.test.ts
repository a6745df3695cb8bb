import { describe, expect, it } from "vitest";
import { isValidRegistrationNumber } from "@/lib/domain/rules/validators/registration-number";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { isValidUscc } from "@/lib/domain/rules/validators/uscc";
import { resolveData } from "@/demo/documents/document-data";
import { DOCUMENT_FAULT_KINDS, DOCUMENT_FAULT_SHARE } from "@/demo/generate/document-faults";
import { createGenerator, type GeneratedFiling } from "@/demo/generate/generate";
import { materialOwner, readableFiles } from "@/demo/generate/readable-files";

// The documents the reader reads print their own filing's data: checked on what is handed to
// the renderer (the file specs), not through OCR.

const NOW = Date.parse("2026-11-20T15:30:00+08:00");
const set = [...createGenerator({ count: 300, now: NOW }).all()];

const validNumber = (n: string) => isValidUscc(n) || isValidRegistrationNumber(n);
const validId = (n: string) => /^\d{17}[\dX]$/.test(n) && residentIdCheckChar(n.slice(0, 17)) === n[17];

/** What the filing's readable documents print that differs from what was entered, as "file.field". */
function disagreements(g: GeneratedFiling): string[] {
  const out: string[] = [];
  const byFile = new Map(g.document.materials!.map((m) => [m.file, m]));
  const subject = g.document.subject;
  for (const spec of readableFiles(g.files)) {
    const material = byFile.get(spec.name)!;
    const printed = resolveData(spec.data);
    const differ = (field: string, a: unknown, b: unknown) => a !== b && out.push(`${spec.name}.${field}`);
    if (spec.readAs === "subject_certificate") {
      differ("render", spec.render, "subject_certificate");
      differ("name", printed.subjectName, subject.name);
      // A typo in the entered number: the licence prints the right one.
      if (!g.faults.includes("UNIT_CERT_NUMBER_INVALID")) differ("number", printed.certificateNumber, subject.certificateNumber);
      else if (!validNumber(printed.certificateNumber)) out.push(`${spec.name}.number`);
      differ("legalRep", printed.legalRep, subject.legalRepresentative?.name);
      differ("address", printed.address, subject.certificateAddress);
      continue;
    }
    const owner = materialOwner(g.document, material)!;
    if (spec.readAs.endsWith("_front")) {
      differ("render", spec.render, "principal_id_front");
      differ("name", printed.personName, owner.name);
      if (!g.faults.includes("PERSON_ID_INVALID")) differ("idNumber", printed.idNumber, owner.idNumber);
      else if (!validId(printed.idNumber)) out.push(`${spec.name}.idNumber`);
      differ("birthDate", printed.birthDate.replace(/-/g, ""), printed.idNumber.slice(6, 14));
    } else {
      differ("render", spec.render, "principal_id_back");
      differ("validUntil", printed.validUntil, owner.idValidUntil);
    }
  }
  return out;
}

describe("demo documents belong to their filings", () => {
  const faulty = set.filter((g) => g.documentFault);
  const others = set.filter((g) => !g.documentFault);

  it("reads a licence and ID cards on every filing", () => {
    for (const g of set) expect(readableFiles(g.files).length).toBeGreaterThan(0);
  });

  it("prints the entered names, numbers, addresses and dates on every document of a filing without a planted mismatch", () => {
    for (const g of others)
      expect({ id: g.document.externalId, differ: disagreements(g) }).toEqual({ id: g.document.externalId, differ: [] });
  });

  it("plants the mismatches in the planned share of the filings, every kind among them", () => {
    // Exactly the plan, less the rare filing whose readable documents were all sent degraded.
    expect(faulty.length).toBeLessThanOrEqual(Math.round(set.length * DOCUMENT_FAULT_SHARE));
    expect(faulty.length).toBeGreaterThanOrEqual(Math.round(set.length * DOCUMENT_FAULT_SHARE) - 2);
    expect(faulty.length / set.length).toBeGreaterThanOrEqual(0.1);
    expect(faulty.length / set.length).toBeLessThanOrEqual(0.15);
    expect(new Set(faulty.map((g) => g.documentFault!.kind))).toEqual(new Set(DOCUMENT_FAULT_KINDS));
  });

  it("makes each planted mismatch disagree where its kind says, and expects a DOC_* rule from it", () => {
    const fields: Record<string, string[]> = {
      another_persons_id: ["name", "idNumber"],
      old_registration_number: ["number"],
      other_company_name: ["name"],
      unreadable: ["render"],
      other_id_expiry: ["validUntil"],
    };
    for (const g of faulty) {
      const fault = g.documentFault!;
      const differ = disagreements(g);
      // Only the planted document disagrees, and where its kind says.
      expect(differ.every((d) => d.startsWith(`${fault.file}.`))).toBe(true);
      expect(differ.some((d) => fields[fault.kind].includes(d.slice(fault.file.length + 1)))).toBe(true);
      expect(g.documentRules.length).toBeGreaterThan(0);
    }
  });

  it("expects no DOC_* rule on a filing whose documents print what was entered", () => {
    for (const g of others) {
      const typo = g.faults.includes("UNIT_CERT_NUMBER_INVALID") || g.faults.includes("PERSON_ID_INVALID");
      if (!typo) expect({ id: g.document.externalId, rules: g.documentRules }).toEqual({ id: g.document.externalId, rules: [] });
    }
  });

  it("captures every readable document sent clean as a scan or a phone photo, some turned", () => {
    const clean = set.flatMap((g) => readableFiles(g.files)).filter((s) => s.quality === "clean");
    expect(clean.every((s) => s.capture)).toBe(true);
    const modes = new Set(clean.map((s) => s.capture!.mode));
    const turns = new Set(clean.map((s) => s.capture!.rotate));
    expect(modes).toEqual(new Set(["scan", "photo"]));
    expect(turns).toEqual(new Set([0, 90, 180]));
  });
});
