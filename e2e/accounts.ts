import { spawnSync } from "node:child_process";
import path from "node:path";

export const PASSWORD = "demo-password";
export const ACCOUNTS = {
  reviewer: "reviewer@example.com",
  reviewer2: "reviewer2@example.com",
  lead: "lead@example.com",
} as const;
export type Persona = keyof typeof ACCOUNTS;
export const INGEST_TOKEN = "demo-ingest-token";

/**
 * A fresh account of its own, made with the users command against the database under test:
 * for specs that sign out (which ends every session of the account, including the shared
 * persona pages other specs are using).
 */
export function createAccount(role: "reviewer" | "lead"): string {
  const email = `e2e-${role}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const dataDir = process.env.E2E_DATA_DIR ?? path.resolve("data/e2e");
  const run = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/users.ts", "add", "--email", email, "--name", "测试账号", "--role", role],
    {
      input: `${PASSWORD}\n`,
      encoding: "utf8",
      env: { ...process.env, DATABASE_PATH: path.join(dataDir, "console.db") },
    },
  );
  if (run.status !== 0) throw new Error(`users add failed: ${run.stderr || run.stdout}`);
  return email;
}
