import { afterAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/db/testing/temp-db";
import { clearLoginFailures, FAILURE_WINDOW_MS, FREE_FAILURES, isThrottled, recordLoginFailure } from "@/db/queries/login-throttle";

describe("sign-in throttling", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);
  const t0 = 1_800_000_000_000;

  it("allows a few failures, then backs off, and forgets after a success", () => {
    const keys = ["user:a@example.com"];
    for (let i = 0; i < FREE_FAILURES; i++) recordLoginFailure(db, keys, t0 + i);
    expect(isThrottled(db, keys, t0 + FREE_FAILURES)).toBe(false);
    recordLoginFailure(db, keys, t0 + 10);
    expect(isThrottled(db, keys, t0 + 11)).toBe(true);
    expect(isThrottled(db, keys, t0 + 10 + 31_000)).toBe(false);
    recordLoginFailure(db, keys, t0 + 40_000);
    expect(isThrottled(db, keys, t0 + 40_000 + 31_000)).toBe(true);
    clearLoginFailures(db, keys);
    expect(isThrottled(db, keys, t0 + 40_001)).toBe(false);
  });

  it("never locks an account for good: the window resets", () => {
    const keys = ["user:b@example.com"];
    for (let i = 0; i < 20; i++) recordLoginFailure(db, keys, t0 + i);
    expect(isThrottled(db, keys, t0 + 20)).toBe(true);
    expect(isThrottled(db, keys, t0 + 16 * 60_000)).toBe(false);
    recordLoginFailure(db, keys, t0 + FAILURE_WINDOW_MS + 1);
    expect(isThrottled(db, keys, t0 + FAILURE_WINDOW_MS + 2)).toBe(false);
  });

  it("keeps accounts apart", () => {
    expect(isThrottled(db, ["user:c@example.com"], t0 + 20)).toBe(false);
  });
});
