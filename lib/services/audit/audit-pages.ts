import "server-only";
import { beginReadSnapshot, closeDatabase, databasePath, getDb, openDatabaseReadOnly } from "@/db/client";
import { getDecisionLog, getReviewers, iterateDecisionLog, type DecisionLogRow } from "@/db/queries/decision-log";
import { getQaQueue, type QaQueueRow } from "@/db/queries/qa-queue";
import { getQueueHealth, getReviewerStats } from "@/db/queries/stats";
import { AUDIT_PAGE_SIZE, type AuditParams } from "@/lib/domain/audit/params";
import { chinaDate, chinaDayRange, DAY_MS } from "@/lib/domain/time/china-time";

export type { DecisionLogRow, QaQueueRow };

export function getDecisionLogPage(params: AuditParams): {
  rows: DecisionLogRow[];
  total: number;
  reviewers: ReturnType<typeof getReviewers>;
} {
  const db = getDb();
  return { ...getDecisionLog(db, params, AUDIT_PAGE_SIZE), reviewers: getReviewers(db) };
}

/**
 * Every matching row, page by page, from a read-only connection of its own holding one read
 * snapshot: the file is one consistent moment, and the app's connection stays free for everyone
 * else while it streams. Call `close` when done (or abandoned).
 */
export function openDecisionLogExport(params: AuditParams): { rows: IterableIterator<DecisionLogRow>; close: () => void } {
  const db = openDatabaseReadOnly(databasePath());
  const snapshot = beginReadSnapshot(db);
  const rows = iterateDecisionLog(db, params);
  return {
    rows,
    close: () => {
      try {
        rows.return?.();
        snapshot.end();
      } finally {
        closeDatabase(db);
      }
    },
  };
}

export function getQaQueuePage(): QaQueueRow[] {
  return getQaQueue(getDb());
}

const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** Reviewer statistics over China days from–to (default: the last 30 days) and the queue's health now. */
export function getStatsPage(search: Record<string, string | string[] | undefined>, now = Date.now()) {
  const to = isDate(search.to) ? search.to : chinaDate(now);
  const from = isDate(search.from) ? search.from : chinaDate(now - 29 * DAY_MS);
  const { start, end } = chinaDayRange(from, to);
  const db = getDb();
  return { from, to, stats: getReviewerStats(db, start!, end!), health: getQueueHealth(db, now) };
}
