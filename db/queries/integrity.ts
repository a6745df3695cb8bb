import "server-only";
import { isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, filings, materials } from "@/db/schema";

/** Every blob a row names: originals, previews and thumbnails. */
export function listReferencedBlobs(db: Db): Set<string> {
  const out = new Set<string>();
  for (const row of db.selectDistinct({ sha: materials.sha256 }).from(materials).all()) out.add(row.sha);
  for (const row of db.selectDistinct({ sha: materials.previewSha256 }).from(materials).where(isNotNull(materials.previewSha256)).all())
    out.add(row.sha!);
  for (const row of db.selectDistinct({ sha: materials.thumbSha256 }).from(materials).where(isNotNull(materials.thumbSha256)).all())
    out.add(row.sha!);
  return out;
}

/** SQLite's own check of every page and index: ["ok"] when the file is sound. */
export function integrityCheck(db: Db): string[] {
  return db.all<{ integrity_check: string }>(sql`PRAGMA integrity_check`).map((r) => r.integrity_check);
}

export function foreignKeyViolations(db: Db): number {
  return db.all(sql`PRAGMA foreign_key_check`).length;
}

/** Row counts an operator recognises, for the manifest and the restore report. */
export function countCoreRows(db: Db): Record<"filings" | "revisions" | "materials" | "decisions" | "auditEvents", number> {
  const one = (table: string) => db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))!.n;
  return {
    filings: one("filings"),
    revisions: one("filing_revisions"),
    materials: one("materials"),
    decisions: one("decisions"),
    auditEvents: one("audit_events"),
  };
}

/** For crash checks: every order number and every decision id the database holds. */
export function listStoredKeys(db: Db): { externalIds: Set<string>; decisionIds: Set<number> } {
  return {
    externalIds: new Set(
      db
        .select({ id: filings.externalId })
        .from(filings)
        .all()
        .map((r) => r.id),
    ),
    decisionIds: new Set(
      db
        .select({ id: decisions.id })
        .from(decisions)
        .all()
        .map((r) => r.id),
    ),
  };
}
