export const DECISION_ERRORS = [
  "not_found",
  "not_pending",
  "claim_not_held",
  "stale_revision",
  "missing_reason",
  "unknown_reason",
  "other_needs_note",
  "missing_justification",
  "invalid_input",
] as const;

export type DecisionError = (typeof DECISION_ERRORS)[number];

export type DecideResult =
  { ok: true; decisionId: number; outcome: "approved" | "rejected" } | { ok: false; error: DecisionError; field?: string };
