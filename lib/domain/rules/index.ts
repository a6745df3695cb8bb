// Public API of the rules engine (rules.md). Pure: no clock, no I/O, no randomness.

/** Stored beside every violation; bump it whenever a rule or a province row changes. */
export const RULE_SET_VERSION = "2026.11-3";

export { checkFiling, compareViolations } from "@/lib/domain/rules/check-filing";
export { contactKeysOf, type ContactKeys } from "@/lib/domain/rules/contact-keys";
export { buildInMemoryIndex } from "@/lib/domain/rules/in-memory-index";
export { RULES, RULE_BY_ID } from "@/lib/domain/rules/meta";
export {
  PROVINCE_COLUMNS,
  PROVINCE_TABLE,
  provincesWhere,
  type LegalRepPolicy,
  type OfficeMobileRemark,
  type OutOfProvinceIdPolicy,
  type ProvinceColumn,
  type ProvinceRow,
} from "@/lib/domain/rules/province-tables";
export {
  ALL_RULE_IDS,
  DOCUMENT_RULE_IDS,
  RULE_IDS,
  type AccountRef,
  type CatalogRuleId,
  type CheckInput,
  type ContactRef,
  type CrossFilingIndex,
  type DocumentFacts,
  type ImageMeasures,
  type LocalizedText,
  type MaterialFacts,
  type RuleId,
  type RuleMeta,
  type Severity,
  type Violation,
} from "@/lib/domain/rules/types";
