import "server-only";
import type { Db } from "@/db/client";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { hashPassword } from "@/lib/services/auth/password";
import { DEMO_PASSWORD } from "@/lib/config/console-mode";

/** The accounts of the testing contract. Only ever created in a demo database. */
export const DEMO_ACCOUNTS = [
  { email: "reviewer@example.com", name: "王审核", role: "reviewer" },
  { email: "reviewer2@example.com", name: "李复核", role: "reviewer" },
  { email: "lead@example.com", name: "张组长", role: "lead" },
] as const;

/** Idempotent: a second start finds them and leaves them (and any password a user set) alone. */
export async function createDemoAccounts(db: Db): Promise<void> {
  const missing = DEMO_ACCOUNTS.filter((account) => !getUserByEmail(db, account.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of missing) createUser(db, { ...account, passwordHash });
}
