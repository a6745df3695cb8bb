import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { pick, toLocale } from "@/lib/i18n/locales";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { BarChart } from "@/components/audit/bar-chart";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { getStatsPage } from "@/lib/services/audit/audit-pages";
import { requireRole } from "@/lib/web/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.stats");
  return { title: t("title") };
}

export default async function StatsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("lead");
  const search = await props.searchParams;
  const { from, to, stats, health } = getStatsPage(search);
  const t = await getTranslations("audit.stats");
  const locale = toLocale(await getLocale());
  const tAudit = await getTranslations("audit");
  const minutes = (ms: number | null) => (ms === null ? t("none") : tAudit("minutes", { n: (ms / 60_000).toFixed(1) }));
  const percent = (part: number, whole: number) => (whole === 0 ? t("none") : `${Math.round((part / whole) * 100)}%`);

  return (
    <div className="mx-auto max-w-[1400px] space-y-4 p-4">
      <AuditTabs />
      <div className="flex flex-wrap items-end gap-3">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <form className="ml-auto flex items-end gap-2 text-sm" method="get">
          <label className="flex flex-col gap-1 text-xs text-muted-foreground">
            {t("period")}
            <span className="flex items-center gap-1">
              <Input type="date" name="from" defaultValue={from} className="h-8 w-36" data-testid="stats-from" />–
              <Input type="date" name="to" defaultValue={to} className="h-8 w-36" data-testid="stats-to" />
            </span>
          </label>
          <Button type="submit" size="sm" data-testid="stats-apply">
            {t("apply")}
          </Button>
        </form>
      </div>

      <section className="grid gap-3 md:grid-cols-4" aria-label={t("queue")} data-testid="queue-health">
        {(
          [
            ["pending", health.pending],
            ["overdue", health.overdue],
            ["dueSoon", health.dueSoon],
            ["claimed", health.claimed],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-lg border bg-card p-3">
            <p className="text-xs text-muted-foreground">{t(key)}</p>
            <p
              className={key === "overdue" && value > 0 ? "text-2xl font-semibold text-destructive" : "text-2xl font-semibold"}
              data-testid={`health-${key}`}
            >
              {value}
            </p>
          </div>
        ))}
      </section>

      <div className="grid gap-3 lg:grid-cols-2">
        <section className="rounded-lg border bg-card p-3">
          <h2 className="mb-2 text-sm font-semibold">{t("ages")}</h2>
          <BarChart
            label={t("ages")}
            data={health.ages.map((a) => ({ label: t(`ageBuckets.${a.bucket}`), value: a.count }))}
            color="var(--color-warning)"
          />
        </section>
        <section className="rounded-lg border bg-card p-3">
          <h2 className="mb-2 text-sm font-semibold">{t("decisionsChart")}</h2>
          {stats.length === 0 ? (
            <p className="py-6 text-center text-sm text-muted-foreground">{t("empty")}</p>
          ) : (
            <BarChart label={t("decisionsChart")} data={stats.map((s) => ({ label: s.name, value: s.decisions }))} />
          )}
        </section>
      </div>

      <section className="overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-sm" data-testid="stats-table">
          <thead className="bg-muted/60 text-left text-xs text-muted-foreground">
            <tr>
              {(
                [
                  "reviewer",
                  "decisions",
                  "approvals",
                  "rejections",
                  "median",
                  "p90",
                  "overrides",
                  "qaReviewed",
                  "agreement",
                  "overturn",
                  "topReasons",
                ] as const
              ).map((c) => (
                <th key={c} className="whitespace-nowrap px-3 py-2">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y">
            {stats.length === 0 ? (
              <tr>
                <td colSpan={11} className="px-3 py-8 text-center text-muted-foreground" data-testid="stats-empty">
                  {t("empty")}
                </td>
              </tr>
            ) : null}
            {stats.map((s) => (
              <tr key={s.reviewerId} data-testid="stats-row" data-reviewer={s.email} data-decisions={s.decisions}>
                <td className="px-3 py-2">
                  {s.name} <span className="text-xs text-muted-foreground">{s.email}</span>
                </td>
                <td className="px-3 py-2 tabular-nums">{s.decisions}</td>
                <td className="px-3 py-2 tabular-nums">{s.approvals}</td>
                <td className="px-3 py-2 tabular-nums">{s.rejections}</td>
                <td className="px-3 py-2 tabular-nums">{minutes(s.medianMs)}</td>
                <td className="px-3 py-2 tabular-nums">{minutes(s.p90Ms)}</td>
                <td className="px-3 py-2 tabular-nums">{s.overrides}</td>
                <td className="px-3 py-2 tabular-nums">{s.qaReviewed}</td>
                <td className="px-3 py-2 tabular-nums">{percent(s.qaAgreed, s.qaReviewed)}</td>
                <td className="px-3 py-2 tabular-nums">{percent(s.qaOverturned, s.qaReviewed)}</td>
                <td className="px-3 py-2 text-xs">
                  {s.topReasons.length === 0 ? (
                    t("none")
                  ) : (
                    <span className="flex flex-wrap gap-1">
                      {s.topReasons.map((r) => {
                        const reason = reasonByCode(r.code);
                        return (
                          <span key={r.code} title={r.code} data-reason={r.code} className="rounded bg-muted px-1.5 py-0.5">
                            {reason ? pick({ zh: reason.zh, en: reason.en }, locale) : r.code} ×{r.count}
                          </span>
                        );
                      })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
