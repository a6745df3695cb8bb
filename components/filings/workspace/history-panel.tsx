import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TimelineEvent, WorkspaceDecision } from "@/lib/services/workspace/workspace-view";
import { pick, toLocale } from "@/lib/i18n/locales";
import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { cn } from "@/lib/utils";

export async function HistoryPanel({ decisions, timeline }: { decisions: WorkspaceDecision[]; timeline: TimelineEvent[] }) {
  const t = await getTranslations("workspace");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const when = (ms: number) =>
    format.dateTime(ms, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="history-title" className="rounded-lg border bg-card">
      <h2 id="history-title" className="border-b px-3 py-2 text-sm font-semibold">
        {t("history.title")}
      </h2>
      {decisions.length > 0 ? (
        <ol className="divide-y" data-testid="decision-history">
          {decisions.map((d) => (
            <li
              key={d.id}
              className={cn("space-y-1 px-3 py-2 text-sm", d.undone && "opacity-60")}
              data-testid="history-decision"
              data-outcome={d.outcome}
              data-undone={d.undone || undefined}
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={d.outcome === "approved" ? "success" : "error"} className={cn(d.undone && "line-through")}>
                  {t(`decision.outcome.${d.outcome}`)}
                </Badge>
                {d.undone ? <Badge variant="muted">{t("hold.undoneBadge")}</Badge> : null}
                <span className="text-xs text-muted-foreground">
                  v{d.revision} · {t("decision.decidedBy", { name: d.reviewerName, time: when(d.decidedAt) })}
                </span>
                {d.qa ? (
                  <Badge variant={d.qa.verdict === "agree" ? "muted" : "warning"}>
                    {t("qa.done", { name: d.qa.leadName, verdict: t(`qa.verdict.${d.qa.verdict}`) })}
                  </Badge>
                ) : null}
              </div>
              {d.reasons.length > 0 ? (
                <ul className="list-disc pl-5 text-xs">
                  {d.reasons.map((r, i) => {
                    const reason = reasonByCode(r.code);
                    return (
                      <li key={i}>
                        {reason ? pick({ zh: reason.zh, en: reason.en }, locale) : r.code}
                        {r.field ? <span className="ml-1 font-mono text-muted-foreground">{r.field}</span> : null}
                        {r.material !== null ? <span className="ml-1 text-muted-foreground">#{r.material + 1}</span> : null}
                        {r.note ? <span className="ml-1">— {r.note}</span> : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {d.note ? <p className="text-xs">{d.note}</p> : null}
              {d.internalNote ? (
                <p className="text-xs text-muted-foreground">
                  {t("history.internal")}: {d.internalNote}
                </p>
              ) : null}
              {d.overrideCount > 0 ? (
                <p className="text-xs text-destructive">{t("history.overrides", { count: d.overrideCount })}</p>
              ) : null}
              {d.qa?.note ? <p className="text-xs text-muted-foreground">{d.qa.note}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <h3 className="border-y bg-muted/40 px-3 py-1 text-xs font-medium text-muted-foreground">{t("history.timeline")}</h3>
      <ol className="max-h-64 space-y-1 overflow-y-auto px-3 py-2 text-xs" data-testid="timeline">
        {timeline.map((e, i) => (
          <li key={i} className="flex gap-2">
            <span className="shrink-0 tabular-nums text-muted-foreground">{when(e.at)}</span>
            <span>
              {t(`history.actions.${e.action.replace("filing.", "") as "claimed"}`, { revision: String(e.detail.revision ?? "") })}
              {e.actorEmail && e.actorEmail !== "upstream" ? <span className="text-muted-foreground"> · {e.actorEmail}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
