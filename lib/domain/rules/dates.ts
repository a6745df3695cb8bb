import { dayNumber, dayNumberOfInstantAt } from "@/lib/domain/validation/calendar";
import { INDEFINITE } from "@/lib/domain/validation/constants";
import { report, type RuleContext } from "@/lib/domain/rules/context";
import { workingDaysBetweenDayNumbers } from "@/lib/domain/rules/validators/working-days";

// ID_EXPIRED, ID_EXPIRING_SOON (000 证件在有效期内; ref §1.1), CERT_RECENTLY_CHANGED (003 #question17).

const UTC8_MINUTES = 8 * 60;
const REGISTRY_SYNC_WORKING_DAYS = 7;

export function checkDates(ctx: RuleContext): void {
  const { subject, principal, websites } = ctx.filing;
  checkValidity(ctx, "principal.idValidUntil", principal.idValidUntil, { zh: "主体负责人证件", en: "The principal's ID" });
  websites.forEach((website, i) => {
    checkValidity(ctx, `websites[${i}].principal.idValidUntil`, website.principal.idValidUntil, {
      zh: `网站${i + 1}的网站负责人证件`,
      en: `The website principal's ID of website ${i + 1}`,
    });
  });
  checkValidity(ctx, "subject.certificateValidUntil", subject.certificateValidUntil, {
    zh: "主办单位证件",
    en: "The subject's certificate",
  });
  if (ctx.isUnit && subject.registeredOn) checkRecentlyChanged(ctx, subject.registeredOn);
}

function checkValidity(ctx: RuleContext, path: string, validUntil: string | undefined, what: { zh: string; en: string }): void {
  if (validUntil === undefined || validUntil === INDEFINITE) return;
  if (validUntil < ctx.asOf) {
    report(ctx, "ID_EXPIRED", path, {
      zh: `${what.zh}有效期至${validUntil}，评估日期${ctx.asOf}时已过期`,
      en: `${what.en} was valid until ${validUntil}: expired on the evaluation date ${ctx.asOf}`,
    });
  } else if (validUntil < ctx.soonLimit) {
    const left = dayNumber(validUntil) - dayNumber(ctx.asOf);
    report(ctx, "ID_EXPIRING_SOON", path, {
      zh: `${what.zh}有效期至${validUntil}，距评估日期仅剩${left}天（不足90天）`,
      en: `${what.en} is valid until ${validUntil}, only ${left} days after the evaluation date (under 90)`,
    });
  }
}

function checkRecentlyChanged(ctx: RuleContext, registeredOn: string): void {
  const submittedDay = dayNumberOfInstantAt(ctx.filing.submittedAt, UTC8_MINUTES);
  if (submittedDay === null) return;
  const workingDays = workingDaysBetweenDayNumbers(dayNumber(registeredOn), submittedDay);
  if (workingDays >= REGISTRY_SYNC_WORKING_DAYS) return;
  report(ctx, "CERT_RECENTLY_CHANGED", "subject.registeredOn", {
    zh: `证件登记/变更日期${registeredOn}至提交日仅${workingDays}个工作日（不足7个），工商信息可能尚未同步`,
    en: `Only ${workingDays} working days between the registration or change date ${registeredOn} and the submission (fewer than 7): the registry may not have synchronised yet`,
  });
}
