import { describe, expect, it } from "vitest";
import { checkAccess } from "@/lib/web/access";

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
