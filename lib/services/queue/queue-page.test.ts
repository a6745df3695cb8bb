import { afterAll, describe, expect, it } from "vitest";
import { makeUser } from "@/db/testing/factories";
import { createTempDb } from "@/db/testing/temp-db";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { getQueuePage, personalNumberKind, shareQueueView } from "./queue-page";
import { getSavedViews, getSharedViews, saveView } from "@/db/queries/saved-views";

describe("queue search of personal numbers", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);

  it("knows an ID number or a mobile when it sees one", () => {
    expect(personalNumberKind("11010519491231002X")).toBe("id");
    expect(personalNumberKind("138 1234 5678")).toBe("mobile");
    expect(personalNumberKind("TC20261120000123")).toBeNull();
    expect(personalNumberKind("北京")).toBeNull();
  });

  it("records a search for a whole ID number, masked, and not a search for a company name", async () => {
    const user = await makeUser(db);
    getQueuePage(user, parseQueueParams({ q: "11010519491231002X" }), { db });
    getQueuePage(user, parseQueueParams({ q: "北京某某" }), { db });
    const rows = db.$client.prepare("SELECT detail FROM audit_events WHERE action = 'pii.searched' AND actor_id = ?").all(user.id) as {
      detail: string;
    }[];
    expect(rows).toHaveLength(1);
    const detail = JSON.parse(rows[0].detail);
    expect(detail).toMatchObject({ kind: "id", masked: "110***********002X", matches: 0 });
    expect(rows[0].detail).not.toContain("11010519491231002X");
  });
});

describe("team views", () => {
  const { db, cleanup } = createTempDb();
  afterAll(cleanup);

  it("a lead shares a view; reviewers see it beside their own, and only a lead can share", async () => {
    const lead = await makeUser(db, "lead");
    const reviewer = await makeUser(db);
    saveView(db, { userId: lead.id, name: "宁夏待审", query: "?province=宁夏" });
    saveView(db, { userId: reviewer.id, name: "我的", query: "?assignee=me" });
    const [view] = getSavedViews(db, lead.id);
    const [mine] = getSavedViews(db, reviewer.id);
    expect(getSharedViews(db, reviewer.id)).toEqual([]);
    expect(shareQueueView({ ...reviewer, role: "reviewer" }, mine.id, true, { db })).toBe(false);
    expect(shareQueueView({ ...lead, role: "lead" }, mine.id, true, { db })).toBe(false);
    expect(shareQueueView({ ...lead, role: "lead" }, view.id, true, { db })).toBe(true);
    expect(getSharedViews(db, reviewer.id)).toEqual([{ id: view.id, name: "宁夏待审", query: "?province=宁夏", ownerName: lead.name }]);
    // The lead does not see their own view twice.
    expect(getSharedViews(db, lead.id)).toEqual([]);
  });
});
