import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import { bumpSessionVersion, getUserByEmail, getUserById, normalizeEmail } from "@/db/queries/users";
import { DEMO_PASSWORD, isProduction } from "@/lib/config/console-mode";
import type { Role } from "@/lib/domain/filings/statuses";
import { burnPasswordCheck, verifyPassword } from "./password";
import { admitAttempt, forgetFailures, throttleKeys } from "./throttle";

/** Set by scripts/server.mjs from the socket (or the trusted proxy chain); see forwarded-headers.mjs. */
export const CLIENT_HEADER = "x-console-client-ip";

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export interface SignedInUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

/** The client address the server decided (scripts/forwarded-headers.mjs); no client can set it. */
function clientOf(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_HEADER];
  return typeof value === "string" && value.length > 0 && value.length < 100 ? value : "unknown";
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
  const keys = throttleKeys(email, clientOf(headers));
  // Counted before the password is checked: a burst of parallel guesses cannot outrun it.
  if (!admitAttempt(db, keys)) {
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
    recordAuditEvent(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, actorEmail: email });
    return null;
  }
  forgetFailures(db, keys);
  recordAuditEvent(db, { action: "auth.sign_in", actorId: user.id, actorEmail: user.email });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/** The account as it is now: every request re-reads role and active flag (a JWT outlives both). */
export function getAccountState(
  id: number,
): { id: number; email: string; name: string; role: Role; active: boolean; sessionVersion: number } | undefined {
  const user = getUserById(getDb(), id);
  return (
    user && { id: user.id, email: user.email, name: user.name, role: user.role, active: user.active, sessionVersion: user.sessionVersion }
  );
}

/** Ends every session of the account (sign-out; the users command bumps it on password and status changes). */
export function endSessions(userId: number, why: "sign_out"): void {
  const db = getDb();
  db.transaction((tx) => {
    bumpSessionVersion(tx, userId);
    recordAuditEvent(tx, { action: "auth.sign_out", actorId: userId, detail: { why } });
  });
}
