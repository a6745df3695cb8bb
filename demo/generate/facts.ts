import type { CatalogRuleId } from "@/lib/domain/rules";
import type { FilingType, IdType, MaterialKind, Province, SubjectKind, SubjectNature } from "@/lib/domain/validation/constants";
import type { Place } from "@/demo/generate/regions";

// The generator's model of one filing before it becomes a document: people are objects shared
// by reference (the principal who is also the legal representative and the website principal
// is one object), so a fault changes a person once and every copy in the document agrees.

export interface PersonFacts {
  name: string;
  nationality: string;
  idType: IdType;
  idNumber: string;
  idValidFrom: string;
  /** YYYY-MM-DD or 长期. */
  idValidUntil: string;
  mobile: string;
  emergencyPhone: string;
  email?: string;
  gender: "男" | "女";
  birthDate: string;
  ethnicity: string;
  /** Where the ID was issued (its district code leads the ID number). */
  home: Place;
  homeAddress: string;
  issuingAuthority: string;
  /** Foreigners: passport details for the rendered data page. */
  passport?: { country: string; latinName: string };
  /** Pinyin of the name, for e-mail addresses and personal domains. */
  pinyin: string;
  /** The number the card prints when the entered idNumber is a typo of it (PERSON_ID_INVALID). */
  cardIdNumber?: string;
}

export type Quality = "clean" | "grey" | "small" | "blurred";

export interface WebsiteFacts {
  name: string;
  domain: string;
  homepageUrl?: string;
  serviceContent: string[];
  /** "subject" or "principal" (主体负责人): copied from them; otherwise a name as registered. */
  ownerName: "subject" | "principal" | string;
  /** As ownerName, or "none" when the registrar gave no number. */
  ownerCertificate: "subject" | "principal" | "none" | string;
  principal: PersonFacts;
  remark: string;
}

export interface ExistingRecordFacts {
  icpNumber: string;
  /** "same": as in the filing now. */
  subjectName: "same" | string;
  certificateNumber: "same" | string;
  principalName: "same" | string;
  principalIsLegalRepresentative?: boolean;
}

export interface FilingFacts {
  index: number;
  externalId: string;
  /** The provider account that submitted it (filing-format.md `accountId`). */
  accountId: string;
  type: FilingType;
  province: Province;
  /** Where the subject is registered and works. */
  place: Place;
  submittedMs: number;
  /** China date of the submission, YYYY-MM-DD. */
  submittedDate: string;
  /** When the console received it (ingestion's `now`). */
  receivedAt: number;
  kind: SubjectKind;
  nature: SubjectNature;
  /** Units; individuals take the principal's name. */
  subjectName: string;
  certificateType: string;
  /** Units; individuals take the principal's ID. */
  certificateNumber: string;
  /** The number the licence prints when the entered certificateNumber is a typo of it (UNIT_CERT_NUMBER_INVALID). */
  licenceNumber?: string;
  threeInOne?: boolean;
  certificateAddress: string;
  mailingAddress: string;
  registeredOn?: string;
  certificateValidUntil?: string;
  /** Licence print only. */
  companyType: string;
  registeredCapital: string;
  registrationAuthority: string;
  isBranch: boolean;
  headOffice?: { name: string; legalRep: PersonFacts };
  legalRep?: PersonFacts;
  investor?: string;
  remark: string;
  principal: PersonFacts;
  /** 办公电话 (units). */
  officePhone?: string;
  websites: WebsiteFacts[];
  existingRecord: ExistingRecordFacts | null;
  /** Optional materials a careful applicant adds. */
  extras: Set<MaterialKind>;
  /** Materials left out on purpose (faults). */
  omit: Set<MaterialKind>;
  /** Image faults: which material kinds to send degraded, in order of preference. */
  degraded: { prefer: readonly MaterialKind[]; quality: Exclude<Quality, "clean"> }[];
  /** Video format of the Jiangsu commitment video. */
  videoFormat: "mp4" | "webm";
  /** The rules this filing was built to break (empty: built clean). */
  faults: CatalogRuleId[];
  /** Visual variant of its rendered documents. */
  variant: number;
}
