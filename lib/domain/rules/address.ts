import { report, type RuleContext } from "@/lib/domain/rules/context";

// ADDRESS_NOT_DETAILED (003 #question4): a door number, or a remark saying none exists.

const DOOR_NUMBER_RE = /[0-9０-９一二三四五六七八九十百]+(号|弄|栋|幢|座|楼|室|单元)/;
const MOST_DETAILED = "最详细";

export function checkAddress(ctx: RuleContext): void {
  const { mailingAddress, remark } = ctx.filing.subject;
  if (DOOR_NUMBER_RE.test(mailingAddress) || remark.includes(MOST_DETAILED)) return;
  report(ctx, "ADDRESS_NOT_DETAILED", "subject.mailingAddress", {
    zh: `通信地址“${mailingAddress}”没有门牌号，且备注未说明已为最详细地址`,
    en: `The mailing address "${mailingAddress}" has no door number and the remark does not say it is the most detailed (最详细)`,
  });
}
