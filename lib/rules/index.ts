// Public API of the rules engine (rules.md). Pure: no clock, no I/O, no randomness.

/** Stored beside every violation; bump it whenever a rule or a province row changes. */
export const RULE_SET_VERSION = "2026.11-2";

export { checkFiling, compareViolations } from "./check-filing";
export { contactKeysOf, type ContactKeys } from "./contact-keys";
export { buildInMemoryIndex } from "./in-memory-index";
export { RULES, RULE_BY_ID } from "./meta";
export {
  PROVINCE_COLUMNS,
  PROVINCE_TABLE,
  provincesWhere,
  type LegalRepPolicy,
  type OfficeMobileRemark,
  type OutOfProvinceIdPolicy,
  type ProvinceColumn,
  type ProvinceRow,
} from "./province-tables";
export {
  RULE_IDS,
  type AccountRef,
  type CheckInput,
  type ContactRef,
  type CrossFilingIndex,
  type ImageMeasures,
  type LocalizedText,
  type MaterialFacts,
  type RuleId,
  type RuleMeta,
  type Severity,
  type Violation,
} from "./types";
