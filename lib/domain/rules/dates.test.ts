import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/validation/calendar";
import type { Filing } from "@/lib/domain/validation/filing";
import { AS_OF, makeIndividualFiling, makeUnitFiling } from "@/lib/domain/rules/testing/make-filing";
import { check, only, ruleIds } from "@/lib/domain/rules/testing/run";

const expiry = (f: Filing) => check(f).filter((v) => v.rule === "ID_EXPIRED" || v.rule === "ID_EXPIRING_SOON");
const recent = (f: Filing) => only(check(f), "CERT_RECENTLY_CHANGED");

describe("ID_EXPIRED / ID_EXPIRING_SOON", () => {
  it("fires ID_EXPIRED the day before asOf", () => {
    const [v] = expiry(makeUnitFiling({ principal: { idValidUntil: "2026-11-19" } }));
    expect(v).toMatchObject({ rule: "ID_EXPIRED", path: "principal.idValidUntil", severity: "error", reason: "CERT_EXPIRED" });
    expect(v.message.zh).toContain("2026-11-19");
  });

  it("treats asOf itself as valid but expiring soon", () => {
    expect(ruleIds(expiry(makeUnitFiling({ principal: { idValidUntil: AS_OF } })))).toEqual(["ID_EXPIRING_SOON"]);
  });

  it("warns up to asOf + 89 days and not from asOf + 90", () => {
    expect(addDays(AS_OF, 90)).toBe("2027-02-18");
    const [v] = expiry(makeUnitFiling({ subject: { certificateValidUntil: "2027-02-17" } }));
    expect(v).toMatchObject({ rule: "ID_EXPIRING_SOON", path: "subject.certificateValidUntil", severity: "warning" });
    expect(v.message.zh).toContain("89天");
    expect(expiry(makeUnitFiling({ subject: { certificateValidUntil: "2027-02-18" } }))).toEqual([]);
  });

  it("checks every website principal's ID and never expires 长期", () => {
    const site = { ...makeUnitFiling().websites[0] };
    const filing = makeUnitFiling({
      websites: [site, { ...site, domain: "example.com.cn", principal: { ...site.principal, idValidUntil: "2020-01-01" } }],
    });
    expect(expiry(filing).map((v) => [v.rule, v.path])).toEqual([["ID_EXPIRED", "websites[1].principal.idValidUntil"]]);
    expect(expiry(makeUnitFiling({ principal: { idValidUntil: "长期" } }))).toEqual([]);
  });
});

describe("CERT_RECENTLY_CHANGED", () => {
  // Submitted Friday 2026-11-20, 09:12 UTC+8.
  it("fires with 6 working days between registration and submission", () => {
    const [v] = recent(makeUnitFiling({ subject: { registeredOn: "2026-11-12" } }));
    expect(v).toMatchObject({ path: "subject.registeredOn", severity: "warning", reason: "INFO_MISMATCH" });
    expect(v.message.zh).toContain("6个工作日");
  });

  it("does not fire with 7 working days", () => {
    expect(recent(makeUnitFiling({ subject: { registeredOn: "2026-11-11" } }))).toEqual([]);
  });

  it("skips the weekend inside the window", () => {
    const monday = { submittedAt: "2026-11-23T09:00:00+08:00" };
    expect(recent(makeUnitFiling(monday, { subject: { registeredOn: "2026-11-13" } }))).toHaveLength(1);
    expect(recent(makeUnitFiling(monday, { subject: { registeredOn: "2026-11-12" } }))).toEqual([]);
  });

  it("reads the submission date in UTC+8, not UTC", () => {
    // Sunday 17:00 UTC is Monday 01:00 in Beijing.
    const late = { submittedAt: "2026-11-22T17:00:00Z" };
    expect(recent(makeUnitFiling(late, { subject: { registeredOn: "2026-11-12" } }))).toEqual([]);
    const early = { submittedAt: "2026-11-22T15:59:00Z" };
    expect(recent(makeUnitFiling(early, { subject: { registeredOn: "2026-11-12" } }))).toHaveLength(1);
  });

  it("uses the submission, not asOf", () => {
    const filing = makeUnitFiling({ subject: { registeredOn: "2026-11-12" } });
    expect(only(check(filing, { asOf: "2027-06-01" }), "CERT_RECENTLY_CHANGED")).toHaveLength(1);
  });

  it("does not apply without registeredOn or to individuals", () => {
    expect(recent(makeUnitFiling({ subject: { registeredOn: undefined } }))).toEqual([]);
    expect(recent(makeIndividualFiling({ subject: { registeredOn: "2026-11-19" } }))).toEqual([]);
  });
});
