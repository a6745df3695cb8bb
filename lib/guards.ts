import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getUserById } from "@/db/queries/users";
import { checkAccess, type AccessResult, type Role, type SessionUser } from "./access";
import { authOptions } from "./auth/options";

export type { Role, SessionUser };

const resolveAccess = cache(async (required: Role): Promise<AccessResult> => {
  const session = await getServerSession(authOptions);
  return checkAccess(session, (id) => getUserById(getDb(), id), required);
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
  const error = access.status === 401 ? "unauthenticated" : "forbidden";
  return { response: Response.json({ error }, { status: access.status }) };
}
