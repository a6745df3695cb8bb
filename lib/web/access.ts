import type { Role } from "@/lib/domain/filings/statuses";
import { isSessionExpired } from "./session-policy";

export type { Role };

/** The account as the database has it now (the session only names it). */
export interface AccountState {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
}
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

export interface SessionClaims {
  user?: { id?: number } | null;
  authTime?: number;
  sessionVersion?: number;
}

export type AccessResult = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403 };

// A lead does everything a reviewer does, plus the audit.
const ROLE_RANK: Record<Role, number> = { reviewer: 1, lead: 2 };

/**
 * Decides access from the session claims and the user as the database has it now: a JWT
 * outlives deactivation and demotion, so role and active flag always come from the database.
 */
export function checkAccess(
  session: SessionClaims | null,
  lookupUser: (id: number) => AccountState | undefined,
  required: Role,
  now = Date.now(),
): AccessResult {
  const id = session?.user?.id;
  if (typeof id !== "number" || isSessionExpired(session?.authTime, now)) return { ok: false, status: 401 };
  const user = lookupUser(id);
  // Signed out, password changed, deactivated or role changed since this session was issued.
  if (!user || !user.active || user.sessionVersion !== session?.sessionVersion) return { ok: false, status: 401 };
  if (ROLE_RANK[user.role] < ROLE_RANK[required]) return { ok: false, status: 403 };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
