import type { ReasonCode } from "@/lib/domain/reasons/catalog";
import type { DocumentReading } from "@/lib/domain/documents/reading";
import type { Filing } from "@/lib/domain/validation/filing";

export const RULE_IDS = [
  "SUBJECT_CROSS_PROVINCE",
  "INDIVIDUAL_OUT_OF_PROVINCE",
  "UNIT_CERT_NUMBER_INVALID",
  "NATURE_CODE_MISMATCH",
  "PERSON_ID_INVALID",
  "ID_EXPIRED",
  "ID_EXPIRING_SOON",
  "CERT_RECENTLY_CHANGED",
  "ADDRESS_NOT_DETAILED",
  "PRINCIPAL_NOT_LEGAL_REP",
  "AUTHORIZATION_LETTER_MISSING",
  "FOREIGN_LEGAL_REP_PASSPORT_MISSING",
  "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL",
  "EXISTING_RECORD_CERT_MISMATCH",
  "EXISTING_RECORD_NOT_COMPLIANT",
  "LANDLINE_REQUIRED",
  "OFFICE_MOBILE_REMARK_MISSING",
  "OFFICE_PHONE_SAME_AS_MOBILE",
  "MOBILE_INVALID",
  "MOBILE_VIRTUAL_SEGMENT",
  "PHONE_SHARED_ACROSS_SUBJECTS",
  "SITE_PRINCIPAL_MULTIPLE_UNITS",
  "SUBJECT_ON_OTHER_ACCOUNT",
  "DOMAIN_OWNER_MISMATCH",
  "SITE_NAME_INVALID",
  "MATERIAL_MISSING",
  "JIANGSU_AUTHENTICITY_MISSING",
  "IMAGE_NOT_COLOR",
  "IMAGE_TOO_SMALL",
  "IMAGE_BLURRY",
] as const;

/** The document cross-check's rules (document-check.md): they run when readings are given. */
export const DOCUMENT_RULE_IDS = [
  "DOC_CERT_NUMBER_MISMATCH",
  "DOC_ID_NUMBER_MISMATCH",
  "DOC_NAME_MISMATCH",
  "DOC_ID_EXPIRY_MISMATCH",
  "DOC_UNREADABLE",
] as const;
export const ALL_RULE_IDS = [...RULE_IDS, ...DOCUMENT_RULE_IDS] as const;

/** The rules of rules.md (the document-check rules are separate: they need readings). */
export type CatalogRuleId = (typeof RULE_IDS)[number];
export type RuleId = CatalogRuleId | (typeof DOCUMENT_RULE_IDS)[number];
export type Severity = "error" | "warning";

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface Violation {
  rule: RuleId;
  severity: Severity;
  /** Field path (`principal.mobile`), `materials` for a missing material, `materials[i]` for one file. */
  path: string;
  material: number | null;
  reason: ReasonCode;
  message: LocalizedText;
}

/** Measures of one decoded image; width/height are those of the oriented original. */
export interface ImageMeasures {
  width: number;
  height: number;
  chroma: number;
  laplacianVariance: number;
}

/** `image` is null for a file that is not an image (video) or was not measured. */
export interface MaterialFacts {
  index: number;
  image: ImageMeasures | null;
}

export interface ContactRef {
  externalId: string;
  certificateNumber: string;
}

export interface AccountRef {
  externalId: string;
  accountId: string;
}

/** The console's other filings, looked up by normalised contact keys (see contactKeysOf). */
export interface CrossFilingIndex {
  subjectsUsingMobile(mobile: string): ContactRef[];
  unitSubjectsWithSitePrincipal(idNumber: string): ContactRef[];
  /** Other filings of the subject with this normalised certificate number that name an account. */
  accountsOfSubject(certificateNumber: string): AccountRef[];
}

export interface CheckInput {
  filing: Filing;
  /** Evaluation date, YYYY-MM-DD. */
  asOf: string;
  /** Image rules run only for the materials listed here. */
  materials?: MaterialFacts[];
  /** Cross-filing rules run only when given. */
  others?: CrossFilingIndex;
  /** The DOC_* rules run only when given: what the reader read, by material index. */
  documents?: DocumentFacts[];
}

/** One read document: its material index and what was read (lib/domain/documents/reading). */
export interface DocumentFacts {
  index: number;
  reading: DocumentReading;
}

export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  reason: ReasonCode;
  appliesTo: LocalizedText;
  description: LocalizedText;
  /** As in rules.md: `003 #question9`, `000 (彩色扫描件)`, `ref §3.1`. */
  source: string;
  /** Sentences quoted verbatim from the source; several are separated by a newline. */
  sourceQuote: string;
}
