import "server-only";
import { getDb, type Db } from "@/db/client";
import { insertDocumentViews, materialIndicesOf } from "@/db/queries/decision-hold";
import { getCurrentRevision } from "@/db/queries/recheck";

// What a reviewer looked at: each stretch a document was open in the large viewer, to the second.
// The browser reports them (navigator.sendBeacon when the reviewer switches documents or leaves);
// only documents of the filing's current revision count, and a stretch is bounded to a day.

export interface ViewReport {
  material: number;
  openedAt: number;
  seconds: number;
}

const MAX_SECONDS = 24 * 60 * 60;
const MAX_REPORTS = 50;

export function recordDocumentViews(
  user: { id: number },
  filingId: number,
  reports: readonly ViewReport[],
  options: { db?: Db; now?: number } = {},
): number {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const current = db.transaction((tx) => getCurrentRevision(tx, filingId));
  if (!current) return 0;
  const known = new Set(materialIndicesOf(db, current.revisionId));
  const rows = reports
    .slice(0, MAX_REPORTS)
    .filter((r) => known.has(r.material) && r.seconds >= 1)
    .map((r) => ({
      userId: user.id,
      filingId,
      revisionId: current.revisionId,
      materialIdx: r.material,
      // The browser's clock is not trusted beyond sanity: never in the future, never before the stretch.
      openedAt: Math.min(r.openedAt, now),
      seconds: Math.min(Math.round(r.seconds), MAX_SECONDS),
    }));
  insertDocumentViews(db, rows);
  return rows.length;
}
