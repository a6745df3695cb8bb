import { checkFiling } from "@/lib/domain/rules/check-filing";
import type { CheckInput, RuleId, Violation } from "@/lib/domain/rules/types";
import { AS_OF } from "@/lib/domain/rules/testing/make-filing";

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
