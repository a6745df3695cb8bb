"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { claimNext } from "@/db/queries/claims";
import { deleteSavedView, saveView } from "@/db/queries/saved-views";
import { requireRole } from "@/lib/guards";
import { parseQueueParams, toQueueQuery } from "@/lib/queue/params";

export type ClaimNextState = { status: "idle" | "empty" };

/** Claims the next filing of the reviewer's current view and opens it. */
export async function claimNextAction(_prev: ClaimNextState, form: FormData): Promise<ClaimNextState> {
  const user = await requireRole("reviewer");
  const query = z.string().max(2000).catch("").parse(form.get("query"));
  const params = parseQueueParams(new URLSearchParams(query));
  const id = claimNext(getDb(), user, params);
  if (id === null) return { status: "empty" };
  revalidatePath("/filings");
  redirect(`/filings/${id}`);
}

const saveViewSchema = z.object({
  name: z.string().trim().min(1, { error: "name" }).max(60, { error: "name" }),
  query: z.string().max(2000),
});

export type SaveViewState = { ok: boolean; error?: string };

export async function saveViewAction(_prev: SaveViewState, form: FormData): Promise<SaveViewState> {
  const user = await requireRole("reviewer");
  const parsed = saveViewSchema.safeParse({ name: form.get("name"), query: form.get("query") });
  if (!parsed.success) return { ok: false, error: "name" };
  // Store the normalised query, so a saved view never carries junk or a stale page number.
  const params = parseQueueParams(new URLSearchParams(parsed.data.query));
  saveView(getDb(), { userId: user.id, name: parsed.data.name, query: toQueueQuery({ ...params, page: 1 }) });
  revalidatePath("/filings");
  return { ok: true };
}

export async function deleteViewAction(form: FormData): Promise<void> {
  const user = await requireRole("reviewer");
  const id = z.coerce.number().int().positive().safeParse(form.get("id"));
  if (!id.success) return;
  deleteSavedView(getDb(), { userId: user.id, id: id.data });
  revalidatePath("/filings");
}
