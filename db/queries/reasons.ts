import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { reasons } from "../schema";

export function getActiveReasons(db: Db): { code: string; zh: string; en: string; fixZh: string; fixEn: string }[] {
  return db.select({ code: reasons.code, zh: reasons.zh, en: reasons.en, fixZh: reasons.fixZh, fixEn: reasons.fixEn }).from(reasons).where(eq(reasons.active, true)).orderBy(asc(reasons.sortOrder)).all();
}
