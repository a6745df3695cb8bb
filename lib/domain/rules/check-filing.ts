import { checkAddress } from "@/lib/domain/rules/address";
import { createContext } from "@/lib/domain/rules/context";
import { checkCrossFiling } from "@/lib/domain/rules/cross-filing";
import { checkDates } from "@/lib/domain/rules/dates";
import { checkDocuments } from "@/lib/domain/rules/documents";
import { checkExistingRecord } from "@/lib/domain/rules/existing-record";
import { checkIdentity } from "@/lib/domain/rules/identity";
import { checkImages } from "@/lib/domain/rules/images";
import { checkLegalRep } from "@/lib/domain/rules/legal-rep";
import { checkMaterials } from "@/lib/domain/rules/materials";
import { RULE_ORDER } from "@/lib/domain/rules/meta";
import { checkPhones } from "@/lib/domain/rules/phones";
import { checkProvince } from "@/lib/domain/rules/province";
import type { CheckInput, Violation } from "@/lib/domain/rules/types";
import { checkWebsites } from "@/lib/domain/rules/websites";

// The engine's one entry point. Pure: the date, the image measures and the other filings are
// all passed in, so the same input always gives the same, identically ordered, output.

export function checkFiling(input: CheckInput): Violation[] {
  const ctx = createContext(input.filing, input.asOf);
  checkProvince(ctx);
  checkIdentity(ctx);
  checkDates(ctx);
  checkAddress(ctx);
  checkLegalRep(ctx);
  checkExistingRecord(ctx);
  checkPhones(ctx);
  checkWebsites(ctx);
  checkMaterials(ctx);
  if (input.others) checkCrossFiling(ctx, input.others);
  if (input.materials) checkImages(ctx, input.materials);
  if (input.documents) checkDocuments(ctx, input.documents);
  return ctx.out.sort(compareViolations);
}

/**
 * Errors first, then catalog order, then path (indices numerically) and material; ties keep
 * the order the rules emitted them in (Array#sort is stable), e.g. a missing front before its back.
 */
export function compareViolations(a: Violation, b: Violation): number {
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  const rule = RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!;
  if (rule !== 0) return rule;
  const path = comparePaths(a.path, b.path);
  if (path !== 0) return path;
  return (a.material ?? -1) - (b.material ?? -1);
}

/** Code-unit order, except that runs of digits compare as numbers (websites[2] < websites[10]). */
export function comparePaths(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      const diff = Number(a.slice(i, endA)) - Number(b.slice(j, endB));
      if (diff !== 0) return diff;
      i = endA;
      j = endB;
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
