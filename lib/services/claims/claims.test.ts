import path from "node:path";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { makeFiling, makeUser } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import { claimFiling, claimNext, CLAIM_DURATION_MS, releaseClaim, renewClaim } from "@/lib/services/claims/claims";

describe("claims", () => {
  const { db, cleanup } = createTempDb();
  let a: { id: number; email: string; role: "reviewer" | "lead" };
  let b: { id: number; email: string; role: "reviewer" | "lead" };
  let lead: { id: number; email: string; role: "reviewer" | "lead" };
  beforeAll(async () => {
    a = await makeUser(db);
    b = await makeUser(db);
    lead = await makeUser(db, "lead");
  });
  afterAll(cleanup);

  it("claim-next takes the oldest by SLA, and the next reviewer gets another filing", () => {
    const now = Date.now();
    const older = makeFiling(db, { province: "西藏", submittedAt: now - 5 * 86_400_000 });
    const newer = makeFiling(db, { province: "西藏", submittedAt: now - 86_400_000 });
    const tibet = parseQueueParams({ province: "西藏" });
    expect(claimNext(a, tibet, { db, now })).toBe(older.id);
    expect(claimNext(b, tibet, { db, now })).toBe(newer.id);
    expect(claimNext(b, tibet, { db, now })).toBeNull();
  });

  it("frees an expired claim", () => {
    const now = Date.now();
    const filing = makeFiling(db, { province: "青海" });
    const qinghai = parseQueueParams({ province: "青海" });
    expect(claimNext(a, qinghai, { db, now })).toBe(filing.id);
    expect(claimFiling(b, filing.id, { db, now: now + 1000 })).toEqual({ ok: false, reason: "held_by_other" });
    expect(claimFiling(b, filing.id, { db, now: now + CLAIM_DURATION_MS + 1 })).toEqual({ ok: true });
  });

  it("renews only the holder's live claim", () => {
    const now = Date.now();
    const filing = makeFiling(db, { claimedBy: a.id, claimExpiresAt: now + 1000 });
    expect(renewClaim(b, filing.id, { db, now })).toBe(false);
    expect(renewClaim(a, filing.id, { db, now })).toBe(true);
    expect(renewClaim(a, filing.id, { db, now: now + CLAIM_DURATION_MS + 1 })).toBe(false);
  });

  it("lets the holder or a lead release, not another reviewer", () => {
    const filing = makeFiling(db, { claimedBy: a.id });
    expect(releaseClaim(b, filing.id, { db })).toBe(false);
    expect(releaseClaim(lead, filing.id, { db })).toBe(true);
    const mine = makeFiling(db, { claimedBy: a.id });
    expect(releaseClaim(a, mine.id, { db })).toBe(true);
  });

  it("never hands one filing to two of 20 concurrent claimers", async () => {
    const { db: shared, dir, cleanup: done } = createTempDb();
    try {
      const claimers = await Promise.all(Array.from({ length: 20 }, () => makeUser(shared)));
      for (let i = 0; i < 200; i++) makeFiling(shared, { submittedAt: Date.now() - i * 60_000 });
      const file = path.join(dir, "test.db");
      const results = await Promise.all(
        claimers.map(
          (user) =>
            new Promise<number[]>((resolve, reject) => {
              // Separate processes, as separate app servers would be: SQLite arbitrates.
              const child = fork(fileURLToPath(new URL("./claim-worker.ts", import.meta.url)), [file, String(user.id)], {
                execArgv: ["--import", "tsx", "--conditions=react-server"],
                stdio: ["ignore", "ignore", "pipe", "ipc"],
              });
              let stderr = "";
              child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
              child.once("message", (message) => resolve(message as number[]));
              child.once("error", reject);
              child.once("exit", (code) =>
                code === 0 ? undefined : reject(new Error(`claimer exited with ${code}: ${stderr.slice(-2000)}`)),
              );
            }),
        ),
      );
      const all = results.flat();
      expect(all).toHaveLength(200);
      expect(new Set(all).size).toBe(200);
      expect(results.filter((r) => r.length > 0).length).toBeGreaterThan(1);
    } finally {
      done();
    }
  }, 60_000);

  it("claim-next in a view searched by a whole order number claims that filing or nothing, as the view shows", () => {
    const now = Date.now();
    // The longer order number contains the shorter: the substring search would find both.
    const exact = makeFiling(db, { externalId: "WHOLE7001", province: "甘肃", claimedBy: b.id, claimExpiresAt: now + 60_000 });
    const longer = makeFiling(db, { externalId: "WHOLE70012", province: "甘肃", submittedAt: now - 86_400_000 });
    const view = parseQueueParams({ q: "WHOLE7001" });
    // The one filing the view shows is held by another reviewer: nothing to claim, not the longer one.
    expect(claimNext(a, view, { db, now })).toBeNull();
    releaseClaim(b, exact.id, { db, now });
    expect(claimNext(a, view, { db, now })).toBe(exact.id);
    // Part of an order number still matches by substring.
    expect(claimNext(a, parseQueueParams({ q: "WHOLE700" }), { db, now })).toBe(longer.id);
  });

  it("claim-next skips filings others hold", () => {
    const now = Date.now();
    makeFiling(db, { province: "宁夏", claimedBy: b.id, claimExpiresAt: now + 60_000 });
    expect(claimNext(a, parseQueueParams({ province: "宁夏" }), { db, now })).toBeNull();
  });

  it("claim-next takes the oldest by SLA even when the view is sorted newest first", () => {
    const now = Date.now();
    const oldest = makeFiling(db, { province: "海南", submittedAt: now - 4 * 86_400_000 });
    makeFiling(db, { province: "海南", submittedAt: now - 3_600_000 });
    expect(claimNext(a, parseQueueParams({ province: "海南", sort: "submitted", dir: "desc" }), { db, now })).toBe(oldest.id);
  });
});
