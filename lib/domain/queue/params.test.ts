import { describe, expect, it } from "vitest";
import { effectiveDir, parseQueueParams, toQueueQuery } from "@/lib/domain/queue/params";

describe("queue params", () => {
  it("defaults to the pending queue sorted by SLA", () => {
    const p = parseQueueParams({});
    expect(p).toMatchObject({ status: "pending", province: [], sort: "sla", page: 1, perPage: 25, q: "" });
    expect(p.assignee).toBeUndefined();
    expect(effectiveDir(p)).toBe("asc");
  });

  it("reads lists both comma-separated and repeated, dropping unknown values", () => {
    expect(parseQueueParams({ province: "北京,江苏,火星" }).province).toEqual(["北京", "江苏"]);
    expect(parseQueueParams(new URLSearchParams("province=北京&province=上海")).province).toEqual(["北京", "上海"]);
  });

  it("falls back on nonsense instead of failing", () => {
    const p = parseQueueParams({ status: "bogus", page: "-3", perPage: "7", sort: "drop table", from: "2026-13-45" });
    expect(p).toMatchObject({ status: "pending", page: 1, perPage: 25, sort: "sla", from: undefined });
  });

  it("round-trips through the URL", () => {
    const p = parseQueueParams({
      status: "all",
      province: "广东",
      severity: "error",
      assignee: "me",
      q: "TC1",
      sort: "flags",
      page: "3",
      perPage: "100",
    });
    expect(parseQueueParams(new URLSearchParams(toQueueQuery(p).slice(1)))).toEqual(p);
    expect(toQueueQuery(parseQueueParams({}))).toBe("");
  });
});
