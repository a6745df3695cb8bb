import "server-only";
import type { Db } from "@/db/client";
import { recordDecision } from "@/db/queries/decisions";
import type { DecideResult } from "./decision-errors";
import { decisionInputSchema } from "./decision-input";
import { drawForSecondReview } from "./sampling";

/** Validates the submitted form and records the decision (see recordDecision for the checks). */
export function decide(db: Db, actor: { id: number; email: string }, raw: unknown, options: { now?: number; sampled?: boolean } = {}): DecideResult {
  const parsed = decisionInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid_input", field: parsed.error.issues[0]?.path.join(".") };
  return recordDecision(db, parsed.data, { actor, now: options.now ?? Date.now(), sampled: options.sampled ?? drawForSecondReview() });
}
