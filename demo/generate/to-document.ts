import type { FilingInput } from "@/lib/domain/validation/filing";
import type { FilingFacts, PersonFacts } from "@/demo/generate/facts";
import type { MaterialPlan } from "@/demo/generate/materials";
import { toChinaIso } from "@/demo/generate/timeline";

// Facts → the filing document of filing-format.md, exactly as the upstream system sends it.

type PersonInput = FilingInput["principal"];

function person(p: PersonFacts, officePhone?: string): PersonInput {
  return {
    name: p.name,
    nationality: p.nationality,
    idType: p.idType,
    idNumber: p.idNumber,
    idValidUntil: p.idValidUntil,
    mobile: p.mobile,
    ...(officePhone !== undefined ? { officePhone } : {}),
    emergencyPhone: p.emergencyPhone,
    ...(p.email ? { email: p.email } : {}),
  };
}

function legalRep(p: PersonFacts) {
  return { name: p.name, nationality: p.nationality, idType: p.idType, idNumber: p.idNumber };
}

export function toDocument(f: FilingFacts, materials: MaterialPlan["materials"]): FilingInput {
  const isUnit = f.kind === "unit";
  // An individual is their own subject: the schema insists the numbers and names agree.
  const subjectName = isUnit ? f.subjectName : f.principal.name;
  const certificateNumber = isUnit ? f.certificateNumber : f.principal.idNumber;
  const owner = (value: string, subject: string, principal: string) =>
    value === "subject" ? subject : value === "principal" ? principal : value;
  const record = f.existingRecord;
  return {
    externalId: f.externalId,
    revision: 1,
    type: f.type,
    province: f.province,
    submittedAt: toChinaIso(f.submittedMs),
    accountId: f.accountId,
    subject: {
      kind: f.kind,
      nature: f.nature,
      name: subjectName,
      certificateType: isUnit ? f.certificateType : f.principal.idType,
      certificateNumber,
      ...(isUnit ? { threeInOne: f.threeInOne ?? true } : {}),
      certificateAddress: f.certificateAddress,
      mailingAddress: f.mailingAddress,
      ...(isUnit && f.registeredOn ? { registeredOn: f.registeredOn } : {}),
      ...(isUnit && f.certificateValidUntil ? { certificateValidUntil: f.certificateValidUntil } : {}),
      isBranch: f.isBranch,
      ...(f.isBranch && f.headOffice
        ? { headOffice: { name: f.headOffice.name, legalRepresentative: legalRep(f.headOffice.legalRep) } }
        : {}),
      ...(isUnit && f.legalRep ? { legalRepresentative: legalRep(f.legalRep) } : {}),
      ...(f.investor ? { investor: f.investor } : {}),
      remark: f.remark,
    },
    principal: person(f.principal, isUnit ? f.officePhone : undefined),
    websites: f.websites.map((w) => {
      const ownerCertificate =
        w.ownerCertificate === "none" ? undefined : owner(w.ownerCertificate, certificateNumber, f.principal.idNumber);
      return {
        name: w.name,
        domain: w.domain,
        ...(w.homepageUrl ? { homepageUrl: w.homepageUrl } : {}),
        serviceContent: w.serviceContent,
        domainOwner: {
          name: owner(w.ownerName, subjectName, f.principal.name),
          ...(ownerCertificate ? { certificateNumber: ownerCertificate } : {}),
        },
        principal: person(w.principal),
        remark: w.remark,
      };
    }),
    existingRecord: record
      ? {
          icpNumber: record.icpNumber,
          subjectName: record.subjectName === "same" ? subjectName : record.subjectName,
          subjectCertificateNumber: record.certificateNumber === "same" ? certificateNumber : record.certificateNumber,
          principalName: record.principalName === "same" ? f.principal.name : record.principalName,
          ...(isUnit && record.principalIsLegalRepresentative !== undefined
            ? { principalIsLegalRepresentative: record.principalIsLegalRepresentative }
            : {}),
        }
      : null,
    materials,
  };
}
