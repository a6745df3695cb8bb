import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { Sparkline } from "@/components/audit/sparkline";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { RULE_BY_ID } from "@/lib/domain/rules";
import { pick, toLocale } from "@/lib/i18n/locales";
import { getRuleTuning, type RuleSort } from "@/lib/services/audit/rule-tuning";
import { requireRole } from "@/lib/web/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.rules");
  return { title: t("title") };
}

/** Rule tuning: which rules reviewers approve over, so the rules that cry wolf get fixed. */
export default async function RuleTuningPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("lead");
  const { from, to, sort, rows } = getRuleTuning(await props.searchParams);
  const t = await getTranslations("audit.rules");
  const locale = toLocale(await getLocale());
  const format = await getFormatter();
  const period = `from=${from}&to=${to}`;
  const log = (rule: string, extra: string) => `/audit?rule=${rule}&${period}${extra}`;
  const sortLink = (key: RuleSort) => `/audit/rules?${period}&sort=${key}`;
  const header = (key: RuleSort, label: string) => (
    <IntentLink
      href={sortLink(key)}
      className={sort === key ? "font-semibold text-foreground" : "hover:text-foreground"}
      aria-current={sort === key ? "true" : undefined}
    >
      {label}
      {sort === key ? " ↓" : ""}
    </IntentLink>
  );
  const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

  return (
    <div className="mx-auto max-w-[1500px] space-y-4 p-4">
      <AuditTabs />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <h1 className="text-lg font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <form className="ml-auto flex items-end gap-2 text-sm" method="get">
          <input type="hidden" name="sort" value={sort} />
          <label className="flex flex-col gap-1 text-xs text-muted-foreground">
            {t("period")}
            <span className="flex items-center gap-1">
              <Input type="date" name="from" defaultValue={from} className="h-8 w-36" data-testid="rules-from" />–
              <Input type="date" name="to" defaultValue={to} className="h-8 w-36" data-testid="rules-to" />
            </span>
          </label>
          <Button type="submit" size="sm">
            {t("apply")}
          </Button>
        </form>
      </div>

      <section className="overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-sm" data-testid="rule-stats-table">
          <thead className="bg-muted/60 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2">{header("rule", t("columns.rule"))}</th>
              <th className="px-3 py-2 text-right">{header("flagged", t("columns.flagged"))}</th>
              <th className="px-3 py-2 text-right">{t("columns.decided")}</th>
              <th className="px-3 py-2 text-right">{header("overridden", t("columns.overridden"))}</th>
              <th className="px-3 py-2">{header("overrideRate", t("columns.overrideRate"))}</th>
              <th className="px-3 py-2">{t("columns.trend")}</th>
              <th className="px-3 py-2 text-right">{header("reasonUsed", t("columns.reasonUsed"))}</th>
              <th className="px-3 py-2 text-right">{header("overturned", t("columns.overturned"))}</th>
              <th className="px-3 py-2">{t("columns.justifications")}</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((row) => {
              const meta = RULE_BY_ID.get(row.rule)!;
              const reason = reasonByCode(row.reason);
              const hot = row.overrideRate !== null && row.decided >= 3 && row.overrideRate >= 0.5;
              return (
                <tr
                  key={row.rule}
                  data-testid="rule-stat-row"
                  data-rule={row.rule}
                  data-flagged={row.flagged}
                  data-overridden={row.overridden}
                  className="align-top"
                >
                  <td className="px-3 py-2">
                    <IntentLink href={`/rules#${row.rule}`} className="font-mono text-xs hover:underline">
                      {row.rule}
                    </IntentLink>
                    <Badge variant={meta.severity === "error" ? "error" : "warning"} className="ml-1.5">
                      {t(`severity.${meta.severity}`)}
                    </Badge>
                    <p className="max-w-md text-xs text-muted-foreground">{pick(meta.description, locale)}</p>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.flagged}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <IntentLink href={log(row.rule, "")} className="hover:underline">
                      {row.decided}
                    </IntentLink>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <IntentLink href={log(row.rule, "&outcome=approved")} className="hover:underline" data-testid="rule-overridden-link">
                      {row.overridden}
                    </IntentLink>
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex items-center gap-2" title={t("rateHint")}>
                      <span className="h-2 w-24 overflow-hidden rounded bg-muted">
                        <span
                          className={hot ? "block h-full bg-destructive" : "block h-full bg-primary"}
                          style={{ width: `${Math.round((row.overrideRate ?? 0) * 100)}%` }}
                        />
                      </span>
                      <span
                        className={hot ? "font-semibold tabular-nums text-destructive" : "tabular-nums"}
                        data-testid="rule-override-rate"
                      >
                        {percent(row.overrideRate)}
                      </span>
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    <Sparkline values={row.trend} label={t("trendLabel", { rule: row.rule })} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <IntentLink
                      href={log(row.rule, `&outcome=rejected`)}
                      className="hover:underline"
                      title={reason ? `${row.reason} · ${pick({ zh: reason.zh, en: reason.en }, locale)}` : row.reason}
                    >
                      {row.reasonUsed}
                    </IntentLink>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <IntentLink href={log(row.rule, "&outcome=approved&qa=overturned")} className="hover:underline">
                      {row.overturned}
                    </IntentLink>
                  </td>
                  <td className="px-3 py-2">
                    {row.justifications.length === 0 ? (
                      <span className="text-xs text-muted-foreground">—</span>
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-xs text-primary">
                          {t("showJustifications", { count: row.justifications.length })}
                        </summary>
                        <ul className="mt-1 max-w-sm space-y-1 text-xs">
                          {row.justifications.map((j) => (
                            <li key={j.decisionId} className="rounded bg-muted/60 px-2 py-1">
                              <IntentLink href={`/filings/${j.filingId}`} className="hover:underline">
                                “{j.justification}”
                              </IntentLink>
                              <span className="block text-muted-foreground">
                                {j.reviewerName} ·{" "}
                                {format.dateTime(j.decidedAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
