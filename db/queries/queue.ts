import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { QueueParams } from "@/lib/domain/queue/params";
import type { Db } from "@/db/client";
import { filings, users } from "@/db/schema";
import { queueOrder, queueWhere, type FilterContext } from "@/db/queries/queue-filters";

const holders = alias(users, "holders");

export interface QueueRow {
  id: number;
  externalId: string;
  revision: number;
  type: string;
  province: string;
  subjectKind: string;
  subjectName: string;
  certificateNumber: string;
  errorCount: number;
  warningCount: number;
  worstSeverity: number;
  submittedAt: number;
  slaDueAt: number;
  status: string;
  documentCheck: "pending" | "done" | "failed";
  holderEmail: string | null;
  holderName: string | null;
}

/** One page of the queue and the number of filings matching the filters. Reads summary columns only. */
export function getQueue(db: Db, params: QueueParams, ctx: FilterContext): { rows: QueueRow[]; total: number } {
  const where = queueWhere(params, ctx);
  const claimActive = sql<boolean>`${filings.claimExpiresAt} > ${ctx.now}`;
  const rows = db
    .select({
      id: filings.id,
      externalId: filings.externalId,
      revision: filings.currentRevision,
      type: filings.type,
      province: filings.province,
      subjectKind: filings.subjectKind,
      subjectName: filings.subjectName,
      certificateNumber: filings.certificateNumber,
      errorCount: filings.errorCount,
      warningCount: filings.warningCount,
      worstSeverity: filings.worstSeverity,
      submittedAt: filings.submittedAt,
      slaDueAt: filings.slaDueAt,
      status: filings.status,
      documentCheck: filings.documentCheck,
      holderEmail: sql<string | null>`CASE WHEN ${claimActive} THEN ${holders.email} END`,
      holderName: sql<string | null>`CASE WHEN ${claimActive} THEN ${holders.name} END`,
    })
    .from(filings)
    .leftJoin(holders, eq(holders.id, filings.claimedBy))
    .where(where)
    .orderBy(...queueOrder(params))
    .limit(params.perPage)
    .offset((params.page - 1) * params.perPage)
    .all();
  const total = db.select({ n: count() }).from(filings).where(where).get()?.n ?? 0;
  return { rows, total };
}
