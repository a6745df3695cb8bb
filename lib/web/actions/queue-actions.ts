"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { claimNext } from "@/lib/services/claims/claims";
import { deleteQueueView, saveQueueView, shareQueueView } from "@/lib/services/queue/queue-page";
import { defineFormAction, fail, ok } from "../action";

const query = z.string().max(2000).catch("");

/** Claims the next filing of the reviewer's current view and opens it. */
export const claimNextAction = defineFormAction("reviewer", z.object({ query }), (input, user) => {
  const id = claimNext(user, parseQueueParams(new URLSearchParams(input.query)));
  if (id === null) return fail("empty");
  revalidatePath("/filings");
  redirect(`/filings/${id}`);
});

export const saveViewAction = defineFormAction(
  "reviewer",
  z.object({ name: z.string().trim().min(1, { error: "name" }).max(60, { error: "name" }), query }),
  (input, user) => {
    saveQueueView(user, input.name, input.query);
    revalidatePath("/filings");
    return ok(null);
  },
);

export const shareViewAction = defineFormAction(
  "lead",
  z.object({ id: z.coerce.number().int().positive(), shared: z.enum(["true", "false"]).transform((v) => v === "true") }),
  (input, user) => {
    if (!shareQueueView(user, input.id, input.shared)) return fail("not_found");
    revalidatePath("/filings");
    return ok(null);
  },
);

export const deleteViewAction = defineFormAction("reviewer", z.object({ id: z.coerce.number().int().positive() }), (input, user) => {
  deleteQueueView(user, input.id);
  revalidatePath("/filings");
  return ok(null);
});
