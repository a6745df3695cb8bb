import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { checkAccess, readSessionClaims, sessionTokenFrom } from "@/lib/web/access";

const now = 1_800_000_000_000;
const users = new Map([
  [1, { id: 1, email: "r@example.com", name: "R", role: "reviewer" as const, active: true, sessionVersion: 1 }],
  [2, { id: 2, email: "l@example.com", name: "L", role: "lead" as const, active: true, sessionVersion: 1 }],
  [3, { id: 3, email: "x@example.com", name: "X", role: "lead" as const, active: false, sessionVersion: 1 }],
]);
const lookup = (id: number) => users.get(id);
const session = (id: number, authTime = now - 1000, sessionVersion = 1) => ({ user: { id }, authTime, sessionVersion });

describe("checkAccess", () => {
  it("refuses anonymous visitors with 401", () => {
    expect(checkAccess(null, lookup, "reviewer", now)).toEqual({ ok: false, status: 401 });
    expect(checkAccess({ user: null }, lookup, "reviewer", now)).toEqual({ ok: false, status: 401 });
  });

  it("lets a reviewer into reviewer pages but not lead pages", () => {
    expect(checkAccess(session(1), lookup, "reviewer", now)).toMatchObject({ ok: true, user: { email: "r@example.com" } });
    expect(checkAccess(session(1), lookup, "lead", now)).toEqual({ ok: false, status: 403 });
  });

  it("lets a lead into both", () => {
    expect(checkAccess(session(2), lookup, "lead", now).ok).toBe(true);
    expect(checkAccess(session(2), lookup, "reviewer", now).ok).toBe(true);
  });

  it("ends the session of a deactivated or deleted user at once", () => {
    expect(checkAccess(session(3), lookup, "reviewer", now)).toEqual({ ok: false, status: 401 });
    expect(checkAccess(session(99), lookup, "reviewer", now)).toEqual({ ok: false, status: 401 });
  });

  it("takes the role from the database, not from the token", () => {
    const demoted = (id: number) => (id === 2 ? { ...users.get(2)!, role: "reviewer" as const } : undefined);
    expect(checkAccess(session(2), demoted, "lead", now)).toEqual({ ok: false, status: 403 });
  });

  it("ends a session issued before a sign-out, password change or role change (its version is older)", () => {
    expect(checkAccess(session(1, now - 1000, 1), lookup, "reviewer", now).ok).toBe(true);
    const bumped = (id: number) => (id === 1 ? { ...users.get(1)!, sessionVersion: 2 } : undefined);
    expect(checkAccess(session(1, now - 1000, 1), bumped, "reviewer", now)).toEqual({ ok: false, status: 401 });
    expect(checkAccess({ user: { id: 1 }, authTime: now - 1000 }, lookup, "reviewer", now)).toEqual({ ok: false, status: 401 });
  });

  it("expires sessions 8 hours after sign-in", () => {
    expect(checkAccess(session(1, now - 8 * 3600 * 1000 + 1000), lookup, "reviewer", now).ok).toBe(true);
    expect(checkAccess(session(1, now - 8 * 3600 * 1000 - 1000), lookup, "reviewer", now)).toEqual({ ok: false, status: 401 });
  });
});

describe("readSessionClaims", () => {
  const secret = "test-secret-0123456789abcdef0123456789abcdef";
  const claims = { uid: 7, role: "reviewer" as const, authTime: 1_700_000_000_000, sv: 3 };

  it("reads a token next-auth encoded, with the claims checkAccess needs", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    expect(readSessionClaims(token, secret)).toEqual({ user: { id: 7 }, authTime: claims.authTime, sessionVersion: 3 });
    expect(await decode({ token, secret })).toMatchObject(claims);
  });

  it("refuses a token of another secret, a tampered one, an expired one and junk", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    expect(readSessionClaims(token, `${secret}x`)).toBeNull();
    const parts = token.split(".");
    const flipped = parts[3][0] === "A" ? `B${parts[3].slice(1)}` : `A${parts[3].slice(1)}`;
    expect(readSessionClaims([parts[0], "", parts[2], flipped, parts[4]].join("."), secret)).toBeNull();
    expect(readSessionClaims(token, secret, Date.now() + 2 * 3600_000)).toBeNull();
    // The tag cut to 4 bytes: refused, not checked against its first 4 bytes only.
    const shortTag = Buffer.from(parts[4], "base64url").subarray(0, 4).toString("base64url");
    expect(readSessionClaims([...parts.slice(0, 4), shortTag].join("."), secret)).toBeNull();
    for (const junk of ["", "a.b.c", "....", "x.y.z.w.v"]) expect(readSessionClaims(junk, secret)).toBeNull();
    expect(readSessionClaims(undefined, secret)).toBeNull();
  });

  it("finds the session cookie, secure or not, whole or split", () => {
    expect(sessionTokenFrom([{ name: "next-auth.session-token", value: "abc" }])).toBe("abc");
    expect(sessionTokenFrom([{ name: "__Secure-next-auth.session-token", value: "s" }])).toBe("s");
    expect(
      sessionTokenFrom([
        { name: "next-auth.session-token.1", value: "def" },
        { name: "next-auth.session-token.0", value: "abc" },
      ]),
    ).toBe("abcdef");
    expect(sessionTokenFrom([{ name: "other", value: "x" }])).toBeUndefined();
  });
});
