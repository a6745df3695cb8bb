import { createDecipheriv, hkdfSync } from "node:crypto";
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

/** The page's path and query, set by proxy.ts on every page request: where /login sends a visitor back to. */
export const REQUEST_PATH_HEADER = "x-console-path";

/** next-auth's session cookie: the `__Secure-` name when the console is served over https. */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * The session token from a request's cookies. next-auth splits a token over 4 kB into `.0`, `.1`, …
 * cookies; ours stay far below, but a split one is read back the same way.
 */
export function sessionTokenFrom(cookies: { name: string; value: string }[]): string | undefined {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.find((c) => c.name === name);
    if (whole) return whole.value;
    const chunks = cookies
      .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length > 0) return chunks.map((c) => c.value).join("");
  }
  return undefined;
}

const keys = new Map<string, Buffer>();

/** next-auth's JWE key (HKDF of the secret): derived once per process, not on every request. */
function encryptionKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/** next-auth's allowance for clocks that disagree, in seconds. */
const CLOCK_TOLERANCE_S = 15;

/**
 * Reads next-auth's session JWT (JWE, `dir` + `A256GCM`, as next-auth/jwt encodes it) into the
 * claims checkAccess needs, or null when it is absent, forged, tampered with or expired. The
 * same check as next-auth's decode, without deriving the key and building a session per call.
 */
export function readSessionClaims(token: string | undefined, secret: string | undefined, now = Date.now()): SessionClaims | null {
  if (!token || !secret) return null;
  const parts = token.split(".");
  if (parts.length !== 5 || parts[1] !== "") return null;
  const [header, , iv, ciphertext, tag] = parts;
  try {
    const protectedHeader = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { alg?: unknown; enc?: unknown };
    if (protectedHeader.alg !== "dir" || protectedHeader.enc !== "A256GCM") return null;
    const ivBytes = Buffer.from(iv, "base64url");
    const tagBytes = Buffer.from(tag, "base64url");
    // A full 16-byte tag only: GCM accepts truncated tags unless told the length, and a short tag
    // is far easier to forge.
    if (ivBytes.length !== 12 || tagBytes.length !== 16) return null;
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(secret), ivBytes, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(header, "ascii"));
    decipher.setAuthTag(tagBytes);
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]);
    const claims = JSON.parse(plain.toString("utf8")) as { exp?: unknown; uid?: unknown; authTime?: unknown; sv?: unknown };
    if (typeof claims.exp !== "number" || claims.exp + CLOCK_TOLERANCE_S < now / 1000) return null;
    return {
      user: typeof claims.uid === "number" ? { id: claims.uid } : null,
      authTime: typeof claims.authTime === "number" ? claims.authTime : undefined,
      sessionVersion: typeof claims.sv === "number" ? claims.sv : undefined,
    };
  } catch {
    // Not base64url, not our key, a bad tag or not JSON: no session.
    return null;
  }
}
