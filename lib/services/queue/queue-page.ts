import "server-only";
import { getDb, type Db } from "@/db/client";
import { getQueue, type QueueRow } from "@/db/queries/queue";
import { deleteSavedView, getSavedViews, saveView } from "@/db/queries/saved-views";
import { maskIdNumber, maskPersonName } from "@/lib/domain/pii/mask";
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
    holderEmail: row.holderEmail,
    holderName: row.holderName,
  };
}

/** One page of the queue for this reviewer, personal data masked, and the matching total. */
export function getQueuePage(
  user: { id: number },
  params: QueueParams,
  options: { db?: Db; now?: number } = {},
): { rows: QueueRowView[]; total: number } {
  const { rows, total } = getQueue(options.db ?? getDb(), params, { userId: user.id, now: options.now ?? Date.now() });
  return { rows: rows.map(toRowView), total };
}

export function listSavedViews(user: { id: number }) {
  return getSavedViews(getDb(), user.id);
}

/** Stores the normalised query, so a saved view never carries junk or a stale page number. */
export function saveQueueView(user: { id: number }, name: string, rawQuery: string): void {
  const params = parseQueueParams(new URLSearchParams(rawQuery));
  saveView(getDb(), { userId: user.id, name, query: toQueueQuery({ ...params, page: 1 }) });
}

export function deleteQueueView(user: { id: number }, id: number): void {
  deleteSavedView(getDb(), { userId: user.id, id });
}
