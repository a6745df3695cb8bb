// The value lists the database stores and the UI offers; one definition for both.

export const ROLES = ["reviewer", "lead"] as const;
export type Role = (typeof ROLES)[number];
export const FILING_STATUSES = ["pending", "approved", "rejected"] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const OUTCOMES = ["approved", "rejected"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const QA_VERDICTS = ["agree", "overturn"] as const;
export const SEVERITY_RANK = { none: 0, warning: 1, error: 2 } as const;
