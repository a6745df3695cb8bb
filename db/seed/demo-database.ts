import "server-only";
import type { Db } from "../client";
import { markDemoDatabase } from "../queries/meta";
import { createDemoAccounts } from "./demo-accounts";

export async function createDemoDatabase(db: Db, options: { filings: number }): Promise<void> {
  await createDemoAccounts(db);
  markDemoDatabase(db);
  void options;
}
