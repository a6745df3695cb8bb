import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { clearLoginFailures, isThrottled, recordLoginFailure } from "@/db/queries/login-throttle";
import { getUserByEmail, getUserById, normalizeEmail } from "@/db/queries/users";
import { DEMO_PASSWORD, isProduction } from "@/lib/config/console-mode";
import type { Role } from "@/lib/domain/filings/statuses";
import { burnPasswordCheck, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export interface SignedInUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

function throttleKeys(email: string, headers: Record<string, unknown> | undefined): string[] {
  const keys = [`user:${email}`];
  // X-Forwarded-For is set by the client unless a trusted proxy rewrites it, so it only
  // counts when the deployment says a proxy is in front.
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = String(headers?.["x-forwarded-for"] ?? "")
      .split(",")[0]
      ?.trim();
    if (forwarded) keys.push(`ip:${forwarded}`);
  }
  return keys;
}

/**
 * Checks one sign-in attempt. One answer (null) for an unknown user, a wrong password, an
 * inactive account and throttling, so the form cannot be used to learn which accounts exist.
 */
export async function signIn(raw: unknown, headers: Record<string, unknown> | undefined): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const db = getDb();
  const email = normalizeEmail(parsed.data.email);
  const keys = throttleKeys(email, headers);
  if (isThrottled(db, keys)) {
    await burnPasswordCheck(parsed.data.password);
    recordAuditEvent(db, { action: "auth.sign_in_throttled", actorEmail: email });
    return null;
  }
  const user = getUserByEmail(db, email);
  const verified = user
    ? await verifyPassword(parsed.data.password, user.passwordHash)
    : (await burnPasswordCheck(parsed.data.password), false);
  // Production never honours the published demo password, whoever set it.
  const ok = verified && !(isProduction() && parsed.data.password === DEMO_PASSWORD);
  if (!user || !ok || !user.active) {
    recordLoginFailure(db, keys);
    recordAuditEvent(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, actorEmail: email });
    return null;
  }
  clearLoginFailures(db, keys);
  recordAuditEvent(db, { action: "auth.sign_in", actorId: user.id, actorEmail: user.email });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** The account as it is now: every request re-reads role and active flag (a JWT outlives both). */
export function getAccountState(id: number): { id: number; email: string; name: string; role: Role; active: boolean } | undefined {
  const user = getUserById(getDb(), id);
  return user && { id: user.id, email: user.email, name: user.name, role: user.role, active: user.active };
}
