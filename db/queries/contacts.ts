import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { CrossFilingIndex } from "@/lib/domain/rules";
import type { Db } from "@/db/client";
import { filingContacts, filings } from "@/db/schema";

/** "The other filings" of the cross-filing rules (rules.md). */
const LIVE = ["pending", "approved"] as const;

/**
 * The cross-filing rules' index as indexed lookups: "the other filings" are the current
 * revisions of filings that are pending or approved (rules.md). filing_contacts holds only
 * current revisions, so no revision JSON is read.
 */
export function createCrossFilingIndex(db: Db): CrossFilingIndex {
  // Prepared once per index, not built per call: every ingested and bulk-seeded filing runs these lookups, and building the query each time costs ~7x the lookup itself.
  const byMobile = db
    .select({ externalId: filings.externalId, certificateNumber: filingContacts.certificateNumber })
    .from(filingContacts)
    .innerJoin(filings, eq(filings.id, filingContacts.filingId))
    .where(and(eq(filingContacts.kind, "mobile"), eq(filingContacts.value, sql.placeholder("value")), inArray(filings.status, LIVE)))
    .prepare();
  const bySitePrincipal = db
    .select({ externalId: filings.externalId, certificateNumber: filingContacts.certificateNumber })
    .from(filingContacts)
    .innerJoin(filings, eq(filings.id, filingContacts.filingId))
    .where(
      and(
        eq(filingContacts.kind, "site_principal_id"),
        eq(filingContacts.value, sql.placeholder("value")),
        eq(filingContacts.subjectKind, "unit"),
        inArray(filings.status, LIVE),
      ),
    )
    .prepare();
  const accountsOfSubject = db
    // Never null: the WHERE keeps only filings with an account.
    .select({ externalId: filings.externalId, accountId: sql<string>`${filings.accountId}` })
    .from(filings)
    .where(and(eq(filings.certificateNumber, sql.placeholder("value")), isNotNull(filings.accountId), inArray(filings.status, LIVE)))
    .prepare();
  return {
    accountsOfSubject: (certificateNumber) => accountsOfSubject.all({ value: certificateNumber }),
    subjectsUsingMobile: (mobile) => byMobile.all({ value: mobile }),
    unitSubjectsWithSitePrincipal: (idNumber) => bySitePrincipal.all({ value: idNumber }),
  };
}
