import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getAccountState } from "@/lib/services/auth/sign-in";
import { jsonError } from "./http-errors";
import {
  checkAccess,
  readSessionClaims,
  REQUEST_PATH_HEADER,
  sessionTokenFrom,
  type AccessResult,
  type Role,
  type SessionUser,
} from "@/lib/web/access";

export type { Role, SessionUser };

/**
 * The session cookie, decoded once per request (React's cache spans one server render): with the
 * process's derived key, not next-auth's getServerSession, which derives the key, decodes the token
 * and encodes a fresh one on every call. Role and account state still come from the database.
 */
const sessionClaims = cache(async () =>
  readSessionClaims(sessionTokenFrom((await cookies()).getAll()), process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET),
);

const resolveAccess = cache(async (required: Role): Promise<AccessResult> => checkAccess(await sessionClaims(), getAccountState, required));

/** Where a visitor without a valid session goes: /login, back to the page they asked for afterwards. */
async function loginUrl(): Promise<string> {
  // Set by proxy.ts on every page request (any value a client sent is replaced there).
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  return path && path !== "/" ? `/login?${new URLSearchParams({ callbackUrl: path })}` : "/login";
}

/** Pages and layouts: anonymous visitors go to /login. */
export async function requireUser(): Promise<SessionUser> {
  return requireRole("reviewer");
}

/** Pages, layouts and server actions: 401 → /login, 403 → the forbidden page. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const access = await resolveAccess(role);
  if (access.ok) return access.user;
  if (access.status === 401) redirect(await loginUrl());
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
