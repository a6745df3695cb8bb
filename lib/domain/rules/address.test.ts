import { describe, expect, it } from "vitest";
import type { Filing } from "@/lib/domain/validation/filing";
import { makeIndividualFiling, makeUnitFiling } from "@/lib/domain/rules/testing/make-filing";
import { check, only } from "@/lib/domain/rules/testing/run";

const notDetailed = (f: Filing) => only(check(f), "ADDRESS_NOT_DETAILED");
const mailing = (mailingAddress: string, remark = "") => makeUnitFiling({ subject: { mailingAddress, remark } });

describe("ADDRESS_NOT_DETAILED", () => {
  it("fires without a door number, quoting the address", () => {
    const [v] = notDetailed(mailing("北京市海淀区中关村大街"));
    expect(v).toMatchObject({ path: "subject.mailingAddress", severity: "warning", reason: "ADDRESS_INCOMPLETE" });
    expect(v.message.zh).toContain("北京市海淀区中关村大街");
    expect(notDetailed(mailing("北京市海淀区中关村A座"))).toHaveLength(1);
    expect(notDetailed(makeIndividualFiling({ subject: { mailingAddress: "北京市东城区东长安街" } }))).toHaveLength(1);
  });

  it.each(["中关村大街1号", "中关村大街１２号", "中关村大街十二号", "弄堂3弄", "2栋", "5幢", "B区3座", "18楼", "501室", "3单元", "二百号"])(
    "accepts a door number: %s",
    (address) => expect(notDetailed(mailing(`北京市海淀区${address}`))).toEqual([]),
  );

  it("accepts a remark saying the address is the most detailed", () => {
    expect(notDetailed(mailing("北京市海淀区某某村", "通信地址已为最详细地址"))).toEqual([]);
    expect(notDetailed(mailing("北京市海淀区某某村", "地址很详细"))).toHaveLength(1);
  });
});
