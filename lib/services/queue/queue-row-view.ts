/** What the queue sends to the browser for one row: summary columns, personal data masked. */
export interface QueueRowView {
  id: number;
  externalId: string;
  revision: number;
  type: string;
  province: string;
  subjectKind: string;
  subject: string;
  certificate: string;
  errorCount: number;
  warningCount: number;
  submittedAt: number;
  slaDueAt: number;
  status: string;
  documentCheck: "pending" | "done" | "failed";
  holderEmail: string | null;
  holderName: string | null;
}
