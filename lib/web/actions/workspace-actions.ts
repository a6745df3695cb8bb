"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { claimFiling, nextFilingFor, releaseClaim, renewClaim } from "@/lib/services/claims/claims";
import { decide } from "@/lib/services/decisions/decide";
import { undoDecision } from "@/lib/services/decisions/undo-window";
import { recheckFiling } from "@/lib/services/filings/recheck";
import { recordQaReview } from "@/lib/services/qa/second-review";
import { revealPersonalValue } from "@/lib/services/workspace/reveal";
import { defineAction, fail, ok } from "../action";

const filingRef = z.object({ filingId: z.int().positive() });
const pathOf = (id: number) => `/filings/${id}`;

export const claimAction = defineAction("reviewer", filingRef, (input, user) => {
  const result = claimFiling(user, input.filingId);
  revalidatePath(pathOf(input.filingId));
  return result.ok ? ok(null) : fail(result.reason);
});

export const releaseAction = defineAction("reviewer", filingRef, (input, user) => {
  const released = releaseClaim(user, input.filingId);
  revalidatePath(pathOf(input.filingId));
  return released ? ok(null) : fail("not_held");
});

/** Called while the reviewer is active on the page; keeps their claim from lapsing. */
export const renewClaimAction = defineAction("reviewer", filingRef, (input, user) =>
  renewClaim(user, input.filingId) ? ok(null) : fail("not_held"),
);

// The decision's own fields are parsed by the service (lib/domain/decisions/decision-input),
// which names the failing field; here only the envelope.
const decideSchema = z.object({ decision: z.unknown(), next: z.boolean().default(false) });

export const decideAction = defineAction("reviewer", decideSchema, (input, user) => {
  const result = decide(user, input.decision);
  const filingId = (input.decision as { filingId?: unknown } | null)?.filingId;
  if (typeof filingId === "number") revalidatePath(pathOf(filingId));
  revalidatePath("/filings");
  if (!result.ok) return fail(result.error, result.field);
  if (input.next) {
    const next = nextFilingFor(user, parseQueueParams({}));
    redirect(next ? pathOf(next) : "/filings");
  }
  return ok({ decisionId: result.decisionId, outcome: result.outcome });
});

/** Shows one personal number in full and records who looked at it. */
export const revealAction = defineAction("reviewer", filingRef.extend({ path: z.string().max(200) }), (input, user) => {
  const revealed = revealPersonalValue(user, input.filingId, input.path);
  return revealed === null ? fail("not_found") : ok(revealed);
});

export const recheckAction = defineAction("reviewer", filingRef, (input, user) => {
  const result = recheckFiling(user, input.filingId);
  revalidatePath(pathOf(input.filingId));
  return result.ok ? ok({ version: result.version! }) : fail("not_found");
});

/** Takes a held decision back within its window: the filing is pending and claimed by the reviewer again. */
export const undoDecisionAction = defineAction("reviewer", z.object({ decisionId: z.int().positive() }), (input, user) => {
  const result = undoDecision(user, input.decisionId);
  if (!result.ok) return fail(result.error);
  revalidatePath(pathOf(result.filingId));
  revalidatePath("/filings");
  return ok({ filingId: result.filingId });
});

const qaSchema = z.object({
  decisionId: z.int().positive(),
  verdict: z.enum(["agree", "overturn"]),
  note: z.string().trim().max(2000).default(""),
});

export const qaReviewAction = defineAction("lead", qaSchema, (input, lead) => {
  const result = recordQaReview({ lead, ...input });
  revalidatePath("/filings", "layout");
  revalidatePath("/audit", "layout");
  return result.ok ? ok(null) : fail(result.error);
});
