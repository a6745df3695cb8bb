import "server-only";
import { eq } from "drizzle-orm";
import { appMeta } from "../schema";
import type { Db } from "../client";

const DEMO_KEY = "demo";

export function isDemoDatabase(db: Db): boolean {
  return db.select().from(appMeta).where(eq(appMeta.key, DEMO_KEY)).get()?.value === "1";
}

export function markDemoDatabase(db: Pick<Db, "insert">): void {
  db.insert(appMeta).values({ key: DEMO_KEY, value: "1" }).onConflictDoUpdate({ target: appMeta.key, set: { value: "1" } }).run();
}
