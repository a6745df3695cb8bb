import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getAccountState } from "@/lib/services/auth/sign-in";
import { jsonError } from "./http-errors";
import { checkAccess, type AccessResult, type Role, type SessionUser } from "@/lib/web/access";
import { authOptions } from "@/lib/web/auth-options";

export type { Role, SessionUser };

const resolveAccess = cache(async (required: Role): Promise<AccessResult> => {
  const session = await getServerSession(authOptions);
  return checkAccess(session, getAccountState, required);
});

/** Pages and layouts: anonymous visitors go to /login. */
export async function requireUser(): Promise<SessionUser> {
  return requireRole("reviewer");
}

/** Pages, layouts and server actions: 401 → /login, 403 → the forbidden page. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const access = await resolveAccess(role);
  if (access.ok) return access.user;
  if (access.status === 401) redirect("/login");
  forbidden();
}

export async function getOptionalUser(): Promise<SessionUser | null> {
  const access = await resolveAccess("reviewer");
  return access.ok ? access.user : null;
}

/** Route handlers: a JSON 401/403 instead of a redirect. */
export async function requireApiRole(role: Role): Promise<{ user: SessionUser } | { response: Response }> {
  const access = await resolveAccess(role);
  if (access.ok) return { user: access.user };
  return { response: access.status === 401 ? jsonError("unauthorized", "unauthenticated") : jsonError("forbidden", "forbidden") };
}
