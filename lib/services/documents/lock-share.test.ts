import { describe, expect, it } from "vitest";
import { createLockShare, LOCK_SHARE } from "./job-runner";

describe("the document runner's share of the write lock", () => {
  it("pauses longer than SQLite's longest busy sleep (100 ms) once cached jobs held the database for 50 ms in a row", () => {
    const share = createLockShare();
    const pauses = Array.from({ length: 12 }, () => share.after("cached", 10));
    // Five 10 ms jobs reach 50 ms: a pause, then the count starts again.
    expect(pauses).toEqual([0, 0, 0, 0, LOCK_SHARE.pauseMs, 0, 0, 0, 0, LOCK_SHARE.pauseMs, 0, 0]);
    expect(LOCK_SHARE.pauseMs).toBeGreaterThan(100);
  });

  it("counts a read in a reader process as a gap: the database was free while it ran", () => {
    const share = createLockShare();
    expect(share.after("cached", 40)).toBe(0);
    expect(share.after("read", 900)).toBe(0);
    expect(share.after("cached", 40)).toBe(0);
    expect(share.after("cached", 40)).toBe(LOCK_SHARE.pauseMs);
  });

  it("pauses after a single long cached job (a large revision's rule run)", () => {
    expect(createLockShare().after("cached", 75)).toBe(LOCK_SHARE.pauseMs);
  });
});
