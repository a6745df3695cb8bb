"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordQaReview, type QaResult } from "@/db/queries/qa";
import { requireRole } from "@/lib/guards";

const qaSchema = z.object({
  decisionId: z.int().positive(),
  verdict: z.enum(["agree", "overturn"]),
  note: z.string().trim().max(2000).default(""),
});

export async function qaReviewAction(raw: unknown): Promise<QaResult> {
  const lead = await requireRole("lead");
  const parsed = qaSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "not_found" };
  const result = recordQaReview(getDb(), { lead, ...parsed.data });
  revalidatePath("/filings", "layout");
  revalidatePath("/audit", "layout");
  return result;
}
