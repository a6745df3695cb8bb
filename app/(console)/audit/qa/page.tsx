import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getQaQueuePage } from "@/lib/services/audit/audit-pages";
import { qaSampleRate } from "@/lib/services/decisions/sampling";
import { requireRole } from "@/lib/web/guards";
import { pick, toLocale } from "@/lib/i18n/locales";
import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import type { Province } from "@/lib/domain/validation/constants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit.qaQueue");
  return { title: t("title") };
}

export default async function QaQueuePage() {
  const lead = await requireRole("lead");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const rows = getQaQueuePage();
  return (
    <div className="mx-auto max-w-[1400px] space-y-3 p-4">
      <AuditTabs />
      <h1 className="text-lg font-semibold">{t("qaQueue.title")}</h1>
      <p className="text-sm text-muted-foreground">{t("qaQueue.intro", { rate: Math.round(qaSampleRate() * 1000) / 10 })}</p>
      <div className="overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-sm" data-testid="qa-queue">
          <thead className="bg-muted/60 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2">{t("columns.time")}</th>
              <th className="px-3 py-2">{t("columns.order")}</th>
              <th className="px-3 py-2">{t("columns.province")}</th>
              <th className="px-3 py-2">{t("columns.reviewer")}</th>
              <th className="px-3 py-2">{t("columns.outcome")}</th>
              <th className="px-3 py-2">{t("columns.qa")}</th>
              <th className="px-3 py-2" />
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-3 py-8 text-center text-muted-foreground">
                  {t("qaQueue.empty")}
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.decisionId} data-testid="qa-queue-row" data-filing-id={row.filingId} data-reviewer={row.reviewerEmail}>
                <td className="px-3 py-2 tabular-nums">
                  {format.dateTime(row.decidedAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{row.externalId}</td>
                <td className="px-3 py-2">
                  {pick(PROVINCE_LABELS[row.province as Province] ?? { zh: row.province, en: row.province }, locale)}
                </td>
                <td className="px-3 py-2">{row.reviewerName}</td>
                <td className="px-3 py-2">
                  <Badge variant={row.outcome === "approved" ? "success" : "error"}>{t(`outcome.${row.outcome}`)}</Badge>
                </td>
                <td className="px-3 py-2">
                  <Badge variant={row.overrideCount > 0 ? "warning" : "outline"}>
                    {row.overrideCount > 0 ? t("qaQueue.reason.override") : t("qaQueue.reason.sample")}
                  </Badge>
                </td>
                <td className="px-3 py-2 text-right">
                  {row.reviewerEmail === lead.email ? null : (
                    <Button asChild size="sm" variant="outline">
                      <IntentLink href={`/filings/${row.filingId}`}>{t("qaQueue.review")}</IntentLink>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
