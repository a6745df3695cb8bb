import type { FilingIssue } from "@/lib/validation/filing";

export type IngestStatus = 400 | 409 | 413;

/** A refusal the upstream system can act on: the status, and every path that failed. */
export class IngestError extends Error {
  constructor(
    readonly status: IngestStatus,
    message: string,
    readonly issues: FilingIssue[] = [],
  ) {
    super(message);
    this.name = "IngestError";
  }

  toJSON() {
    return { error: this.message, issues: this.issues };
  }
}
