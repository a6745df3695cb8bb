"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { claimFiling, claimNext, releaseClaim, renewClaim, type ClaimOutcome } from "@/db/queries/claims";
import { getNextHeldFiling } from "@/db/queries/next-filing";
import { getRevisionDocument } from "@/db/queries/workspace";
import type { DecideResult } from "@/lib/decisions/decision-errors";
import { decide } from "@/lib/decisions/decide";
import { documentFields, valueAtPath } from "@/lib/filings/document-fields";
import { recheckFiling } from "@/lib/filings/recheck";
import { requireRole } from "@/lib/guards";
import { parseQueueParams } from "@/lib/queue/params";

const idSchema = z.int().positive();

function pathOf(id: number) {
  return `/filings/${id}`;
}

export async function claimAction(filingId: number): Promise<ClaimOutcome> {
  const user = await requireRole("reviewer");
  const id = idSchema.safeParse(filingId);
  if (!id.success) return { ok: false, reason: "not_found" };
  const result = claimFiling(getDb(), user, id.data);
  revalidatePath(pathOf(id.data));
  return result;
}

export async function releaseAction(filingId: number): Promise<boolean> {
  const user = await requireRole("reviewer");
  const id = idSchema.safeParse(filingId);
  if (!id.success) return false;
  const released = releaseClaim(getDb(), user, id.data);
  revalidatePath(pathOf(id.data));
  return released;
}

/** Called while the reviewer is active on the page; keeps their claim from lapsing. */
export async function renewClaimAction(filingId: number): Promise<boolean> {
  const user = await requireRole("reviewer");
  const id = idSchema.safeParse(filingId);
  return id.success ? renewClaim(getDb(), user, id.data) : false;
}

export async function decideAction(raw: unknown, options: { next?: boolean } = {}): Promise<DecideResult> {
  const user = await requireRole("reviewer");
  const db = getDb();
  const result = decide(db, user, raw);
  const filingId = (raw as { filingId?: number })?.filingId;
  if (typeof filingId === "number") revalidatePath(pathOf(filingId));
  revalidatePath("/filings");
  if (result.ok && options.next === true) {
    const next = getNextHeldFiling(db, user.id) ?? claimNext(db, user, parseQueueParams({}));
    redirect(next ? pathOf(next) : "/filings");
  }
  return result;
}

/** Shows one personal number in full and records who looked at it. */
export async function revealAction(filingId: number, path: string): Promise<{ ok: true; value: string } | { ok: false }> {
  const user = await requireRole("reviewer");
  const parsed = z.object({ filingId: idSchema, path: z.string().max(200) }).safeParse({ filingId, path });
  if (!parsed.success) return { ok: false };
  const db = getDb();
  const head = db.$client.prepare<[number], { revision: number }>(`SELECT current_revision AS revision FROM filings WHERE id = ?`).get(parsed.data.filingId);
  const revision = head && getRevisionDocument(db, parsed.data.filingId, head.revision);
  if (!revision) return { ok: false };
  const field = documentFields(revision.document).find((f) => f.path === parsed.data.path);
  if (!field?.pii) return { ok: false };
  const value = String(valueAtPath(revision.document, parsed.data.path) ?? "");
  recordAuditEvent(db, { action: "pii.revealed", actorId: user.id, actorEmail: user.email, filingId: parsed.data.filingId, detail: { path: parsed.data.path, revision: head.revision } });
  return { ok: true, value };
}

export async function recheckAction(filingId: number): Promise<{ ok: boolean; version?: string }> {
  const user = await requireRole("reviewer");
  const id = idSchema.safeParse(filingId);
  if (!id.success) return { ok: false };
  const result = recheckFiling(getDb(), user, id.data);
  revalidatePath(pathOf(id.data));
  return result;
}
