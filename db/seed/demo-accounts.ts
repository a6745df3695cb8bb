import "server-only";
import type { Db } from "../client";
import { createUser, getUserByEmail } from "../queries/users";
import { hashPassword } from "@/lib/auth/password";

/** The accounts of the testing contract. Only ever created in a demo database. */
export const DEMO_ACCOUNTS = [
  { email: "reviewer@example.com", name: "王审核", role: "reviewer" },
  { email: "reviewer2@example.com", name: "李复核", role: "reviewer" },
  { email: "lead@example.com", name: "张组长", role: "lead" },
] as const;
export const DEMO_PASSWORD = "demo-password";
export const DEMO_INGEST_TOKEN = "demo-ingest-token";

export async function createDemoAccounts(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    if (!getUserByEmail(db, account.email)) createUser(db, { ...account, passwordHash });
  }
}
