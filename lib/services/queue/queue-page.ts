import "server-only";
import { createHash } from "node:crypto";
import { getDb, type Db } from "@/db/client";
import { getQueue, type QueueCursor, type QueueRow } from "@/db/queries/queue";
import { deleteSavedView, getSavedViews, getSharedViews, saveView, setViewShared } from "@/db/queries/saved-views";
import type { Role } from "@/lib/domain/filings/statuses";
import { recordAuditEvent } from "@/db/queries/audit";
import { maskIdNumber, maskMobile, maskPersonName } from "@/lib/domain/pii/mask";
import { phoneKey } from "@/lib/domain/rules/validators/phone";
import { normaliseNumber } from "@/lib/domain/validation/normalise";
import { parseQueueParams, toQueueQuery, type QueueParams } from "@/lib/domain/queue/params";
import type { QueueRowView } from "./queue-row-view";

export type { QueueRowView };

/** Individuals' names and ID numbers are personal data; units' are public registry data. */
function toRowView(row: QueueRow): QueueRowView {
  const individual = row.subjectKind === "individual";
  return {
    id: row.id,
    externalId: row.externalId,
    revision: row.revision,
    type: row.type,
    province: row.province,
    subjectKind: row.subjectKind,
    subject: individual ? maskPersonName(row.subjectName) : row.subjectName,
    certificate: individual ? maskIdNumber(row.certificateNumber) : row.certificateNumber,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    submittedAt: row.submittedAt,
    slaDueAt: row.slaDueAt,
    status: row.status,
    documentCheck: row.documentCheck,
    holderEmail: row.holderEmail,
    holderName: row.holderName,
  };
}

/** An ID number or a mobile typed into the search box: looking one up is a read of personal data. */
export function personalNumberKind(q: string): "id" | "mobile" | null {
  const compact = q.replace(/[\s-]/g, "");
  if (/^\d{15}$|^\d{17}[\dXx]$/.test(compact)) return "id";
  if (/^1\d{10}$/.test(phoneKey(compact))) return "mobile";
  return null;
}

export interface QueuePageView {
  rows: QueueRowView[];
  total: number;
  totalCapped: boolean;
  hasMore: boolean;
  /** The page shown: the requested one unless a backwards cursor met the start of the queue. */
  page: number;
}

/**
 * One page of the queue for this reviewer, personal data masked, and the matching total. A search
 * for a whole ID number or mobile is recorded in the audit trail (masked, with a hash to match on).
 */
export function getQueuePage(
  user: { id: number; email: string },
  params: QueueParams,
  options: { db?: Db; now?: number; cursor?: QueueCursor } = {},
): QueuePageView {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const { rows, total, totalCapped, hasMore, page } = getQueue(db, params, { userId: user.id, now }, options.cursor);
  const kind = params.q ? personalNumberKind(params.q) : null;
  if (kind) {
    const value = kind === "mobile" ? phoneKey(params.q) : normaliseNumber(params.q);
    recordAuditEvent(db, {
      action: "pii.searched",
      actorId: user.id,
      actorEmail: user.email,
      at: now,
      detail: {
        kind,
        masked: kind === "mobile" ? maskMobile(value) : maskIdNumber(value),
        sha256: createHash("sha256").update(value).digest("hex"),
        matches: total,
      },
    });
  }
  return { rows: rows.map(toRowView), total, totalCapped, hasMore, page };
}

/** The reviewer's own views, and the views team leads shared with everyone (read-only). */
export function listSavedViews(user: { id: number }) {
  const db = getDb();
  return { own: getSavedViews(db, user.id), shared: getSharedViews(db, user.id) };
}

/** Only a lead shares a view with the team; the view stays theirs (they edit or delete it). */
export function shareQueueView(user: { id: number; role: Role }, id: number, shared: boolean, options: { db?: Db } = {}): boolean {
  if (user.role !== "lead") return false;
  return setViewShared(options.db ?? getDb(), { userId: user.id, id, shared });
}

/** Stores the normalised query, so a saved view never carries junk or a stale page number. */
export function saveQueueView(user: { id: number }, name: string, rawQuery: string): void {
  const params = parseQueueParams(new URLSearchParams(rawQuery));
  saveView(getDb(), { userId: user.id, name, query: toQueueQuery({ ...params, page: 1 }) });
}

export function deleteQueueView(user: { id: number }, id: number): void {
  deleteSavedView(getDb(), { userId: user.id, id });
}
