import { afterAll, describe, expect, it } from "vitest";
import { readAttempts } from "@/db/queries/login-throttle";
import { createTempDb } from "@/db/testing/temp-db";
import { admitAttempt, forgetFailures, pruneThrottle, throttleKeys } from "./throttle";

describe("sign-in throttling", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);
  const t0 = 1_800_000_000_000;

  it("lets the user's own client make 5 mistakes, then backs off; a success forgets them", () => {
    const keys = throttleKeys("a@example.com", "10.0.0.1");
    for (let i = 0; i < 6; i++) expect(admitAttempt(db, keys, t0 + i)).toBe(true);
    expect(admitAttempt(db, keys, t0 + 10)).toBe(false);
    expect(admitAttempt(db, keys, t0 + 31_000)).toBe(true);
    forgetFailures(db, keys);
    expect(admitAttempt(db, keys, t0 + 31_001)).toBe(true);
  });

  it("counts every attempt of a burst before any password is checked", () => {
    const keys = throttleKeys("burst@example.com", "10.0.0.2");
    const admitted = Array.from({ length: 60 }, () => admitAttempt(db, keys, t0)).filter(Boolean).length;
    expect(admitted).toBe(6);
  });

  it("never locks the real user out for more than a minute because of someone else's guesses", () => {
    const email = "victim@example.com";
    // 200 guesses from 200 addresses: the account key blocks, for at most a minute.
    for (let i = 0; i < 200; i++) admitAttempt(db, throttleKeys(email, `203.0.113.${i}`), t0 + i);
    const mine = throttleKeys(email, "10.0.0.3");
    expect(admitAttempt(db, mine, t0 + 300)).toBe(false);
    expect(admitAttempt(db, mine, t0 + 200 + 60_001)).toBe(true);
  });

  it("throttles one client spraying many accounts", () => {
    const results = Array.from({ length: 25 }, (_, i) => admitAttempt(db, throttleKeys(`user${i}@example.com`, "198.51.100.7"), t0 + i));
    expect(results.slice(0, 21).every(Boolean)).toBe(true);
    expect(results.slice(21).some(Boolean)).toBe(false);
  });

  it("prunes counters of closed windows a day later", () => {
    const keys = throttleKeys("old@example.com", "10.0.0.9");
    admitAttempt(db, keys, t0);
    expect(pruneThrottle(db, t0 + 23 * 3600_000)).toBe(0);
    expect(pruneThrottle(db, t0 + 25 * 3600_000)).toBeGreaterThan(0);
    expect(readAttempts(db, [keys.pair, keys.account])).toEqual([]);
  });
});
