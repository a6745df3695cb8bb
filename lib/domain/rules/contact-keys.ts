import type { Filing } from "@/lib/domain/validation/filing";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { phoneKey } from "@/lib/domain/rules/validators/phone";

// The keys the cross-filing rules look other filings up by. The console stores them in an
// indexed table; buildInMemoryIndex uses the same function, so both agree on normalisation.

export interface ContactKeys {
  /** Digits only, without a leading 86 country prefix. */
  mobiles: string[];
  /** Website principals' ID numbers, trimmed and upper-cased. */
  sitePrincipalIds: string[];
}

export function contactKeysOf(filing: Filing): ContactKeys {
  const mobiles = new Set<string>();
  const add = (mobile: string) => {
    const key = phoneKey(mobile);
    if (key !== "") mobiles.add(key);
  };
  add(filing.principal.mobile);
  const sitePrincipalIds = new Set<string>();
  for (const website of filing.websites) {
    add(website.principal.mobile);
    const id = normaliseNumber(website.principal.idNumber);
    if (id !== "") sitePrincipalIds.add(id);
  }
  return { mobiles: [...mobiles], sitePrincipalIds: [...sitePrincipalIds] };
}
