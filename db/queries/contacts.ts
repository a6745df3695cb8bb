import "server-only";
import type { AccountRef, ContactRef, CrossFilingIndex } from "@/lib/rules";
import type { Db } from "../client";

/**
 * The cross-filing rules' index as two indexed lookups: "the other filings" are the current
 * revisions of filings that are pending or approved (rules.md). filing_contacts holds only
 * current revisions, so no revision JSON is read.
 */
export function createCrossFilingIndex(db: Db): CrossFilingIndex {
  const byMobile = db.$client.prepare<[string], ContactRef>(
    `SELECT f.external_id AS externalId, c.certificate_number AS certificateNumber
       FROM filing_contacts c JOIN filings f ON f.id = c.filing_id
      WHERE c.kind = 'mobile' AND c.value = ? AND f.status IN ('pending', 'approved')`,
  );
  const bySitePrincipal = db.$client.prepare<[string], ContactRef>(
    `SELECT f.external_id AS externalId, c.certificate_number AS certificateNumber
       FROM filing_contacts c JOIN filings f ON f.id = c.filing_id
      WHERE c.kind = 'site_principal_id' AND c.value = ? AND c.subject_kind = 'unit' AND f.status IN ('pending', 'approved')`,
  );
  const accountsOfSubject = db.$client.prepare<[string], AccountRef>(
    `SELECT external_id AS externalId, account_id AS accountId
       FROM filings
      WHERE certificate_number = ? AND account_id IS NOT NULL AND status IN ('pending', 'approved')`,
  );
  return {
    accountsOfSubject: (certificateNumber) => accountsOfSubject.all(certificateNumber),
    subjectsUsingMobile: (mobile) => byMobile.all(mobile),
    unitSubjectsWithSitePrincipal: (idNumber) => bySitePrincipal.all(idNumber),
  };
}
