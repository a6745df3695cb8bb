import "server-only";
import { asc, eq } from "drizzle-orm";
import { REASONS } from "@/lib/domain/reasons/catalog";
import type { Db } from "@/db/client";
import { reasons } from "@/db/schema";

export function getActiveReasons(db: Db): { code: string; zh: string; en: string; fixZh: string; fixEn: string }[] {
  return db
    .select({ code: reasons.code, zh: reasons.zh, en: reasons.en, fixZh: reasons.fixZh, fixEn: reasons.fixEn })
    .from(reasons)
    .where(eq(reasons.active, true))
    .orderBy(asc(reasons.sortOrder))
    .all();
}

/**
 * Adds catalog entries the database lacks. Existing rows are left alone: a lead may have
 * edited or deactivated them, and old decisions keep pointing at them.
 */
export function seedReasonCatalog(db: Db): void {
  db.transaction((tx) => {
    REASONS.forEach((reason, sortOrder) => {
      tx.insert(reasons)
        .values({ code: reason.code, zh: reason.zh, en: reason.en, fixZh: reason.fix, fixEn: reason.fixEn, active: true, sortOrder })
        .onConflictDoNothing()
        .run();
    });
  });
}
