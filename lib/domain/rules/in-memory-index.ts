import type { Filing } from "@/lib/domain/validation/filing";
import { contactKeysOf } from "@/lib/domain/rules/contact-keys";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import type { AccountRef, ContactRef, CrossFilingIndex } from "@/lib/domain/rules/types";

// The CLI's CrossFilingIndex: Maps from contact key to the filings using it. Individual
// filings' website principals are left out, as SITE_PRINCIPAL_MULTIPLE_UNITS counts units only.

const NONE: readonly ContactRef[] = Object.freeze([]);

export function buildInMemoryIndex(filings: readonly Filing[]): CrossFilingIndex {
  const byMobile = new Map<string, ContactRef[]>();
  const bySitePrincipal = new Map<string, ContactRef[]>();
  const accountsBySubject = new Map<string, AccountRef[]>();
  const push = <T>(map: Map<string, T[]>, key: string, ref: T) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  for (const filing of filings) {
    const ref: ContactRef = { externalId: filing.externalId, certificateNumber: filing.subject.certificateNumber };
    const keys = contactKeysOf(filing);
    if (filing.accountId !== undefined) {
      push(accountsBySubject, normaliseNumber(filing.subject.certificateNumber), {
        externalId: filing.externalId,
        accountId: filing.accountId,
      });
    }
    for (const mobile of keys.mobiles) push(byMobile, mobile, ref);
    if (filing.subject.kind === "unit") {
      for (const id of keys.sitePrincipalIds) push(bySitePrincipal, id, ref);
    }
  }
  return {
    subjectsUsingMobile: (mobile) => (byMobile.get(mobile) ?? NONE) as ContactRef[],
    unitSubjectsWithSitePrincipal: (idNumber) => (bySitePrincipal.get(idNumber) ?? NONE) as ContactRef[],
    accountsOfSubject: (certificateNumber) => accountsBySubject.get(certificateNumber) ?? [],
  };
}
