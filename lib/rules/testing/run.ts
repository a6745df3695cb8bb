import { checkFiling } from "../check-filing";
import type { CheckInput, RuleId, Violation } from "../types";
import { AS_OF } from "./make-filing";

/** checkFiling on the factory's asOf unless given. */
export function check(filing: CheckInput["filing"], extra: Partial<Omit<CheckInput, "filing">> = {}): Violation[] {
  return checkFiling({ filing, asOf: AS_OF, ...extra });
}

export function ruleIds(violations: readonly Violation[]): RuleId[] {
  return violations.map((v) => v.rule);
}

export function only(violations: readonly Violation[], rule: RuleId): Violation[] {
  return violations.filter((v) => v.rule === rule);
}
