"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { IntentLink } from "@/components/ui/intent-link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Badge } from "@/components/ui/badge";
import type { DecisionLogRow } from "@/lib/services/audit/audit-pages";
import { pick, toLocale } from "@/lib/i18n/locales";
import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import type { Province } from "@/lib/domain/validation/constants";
import { ReasonLabels } from "./reason-labels";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, DecisionLogRow>();

export function DecisionsTable({ rows, total, page, pageSize }: { rows: DecisionLogRow[]; total: number; page: number; pageSize: number }) {
  const t = useTranslations("audit");
  const tq = useTranslations("queue");
  const format = useFormatter();
  const locale = toLocale(useLocale());
  const { setParams, pending } = useUrlParams();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("decidedAt", {
          header: () => t("columns.time"),
          cell: (info) => (
            <span className="tabular-nums">
              {format.dateTime(info.getValue(), { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
            </span>
          ),
        }),
        helper.accessor("externalId", {
          header: () => t("columns.order"),
          cell: (info) => (
            <IntentLink href={`/filings/${info.row.original.filingId}`} className="font-mono text-xs text-primary hover:underline">
              {info.getValue()} <span className="text-muted-foreground">v{info.row.original.revision}</span>
            </IntentLink>
          ),
        }),
        helper.accessor("province", {
          header: () => t("columns.province"),
          cell: (info) => pick(PROVINCE_LABELS[info.getValue() as Province] ?? { zh: info.getValue(), en: info.getValue() }, locale),
        }),
        helper.accessor("reviewerName", {
          header: () => t("columns.reviewer"),
          cell: (info) => <span title={info.row.original.reviewerEmail}>{info.getValue()}</span>,
        }),
        helper.accessor("outcome", {
          header: () => t("columns.outcome"),
          cell: (info) => <Badge variant={info.getValue() === "approved" ? "success" : "error"}>{t(`outcome.${info.getValue()}`)}</Badge>,
        }),
        helper.accessor("reasons", {
          header: () => t("columns.reasons"),
          cell: (info) => <ReasonLabels codes={info.getValue()} locale={locale} />,
        }),
        helper.accessor("overrideCount", {
          header: () => t("columns.overrides"),
          cell: (info) =>
            info.getValue() > 0 ? <Badge variant="warning">{info.getValue()}</Badge> : <span className="text-muted-foreground">0</span>,
        }),
        helper.accessor("documentsOpened", {
          header: () => t("columns.opened"),
          cell: (info) => {
            const row = info.row.original;
            return (
              <span
                className={
                  row.flaggedUnopened > 0 ? "inline-flex items-center gap-1 text-warning-foreground" : "tabular-nums text-muted-foreground"
                }
                title={row.flaggedUnopened > 0 ? t("unopenedHint", { count: row.flaggedUnopened }) : undefined}
              >
                {t("opened", { opened: row.documentsOpened, total: row.documentsTotal })}
                {row.flaggedUnopened > 0 ? <Badge variant="warning">{t("unopenedBadge")}</Badge> : null}
              </span>
            );
          },
        }),
        helper.accessor("handlingMs", {
          header: () => t("columns.handling"),
          cell: (info) => {
            const ms = info.getValue();
            if (ms === null) return "—";
            return ms >= 60_000 ? t("minutes", { n: Math.round(ms / 60_000) }) : t("seconds", { n: Math.round(ms / 1000) });
          },
        }),
        helper.accessor("qa", {
          header: () => t("columns.qa"),
          cell: (info) => {
            const qa = info.getValue();
            if (!qa) return <span className="text-muted-foreground">{t("qa.none")}</span>;
            return <Badge variant={qa === "overturned" ? "error" : qa === "agreed" ? "success" : "outline"}>{t(`qa.${qa}`)}</Badge>;
          },
        }),
      ]),
    [t, format, locale],
  );

  const table = useTable({ features, columns, data: rows, getRowId: (row) => String(row.decisionId) });
  return (
    <div className="space-y-1">
      <DataTable
        table={table}
        testId="decisions-table"
        busy={pending}
        caption={t("title")}
        empty={<p className="text-muted-foreground">{t("empty")}</p>}
        rowProps={(row) => ({
          "data-testid": "decision-row",
          "data-filing-id": row.original.filingId,
          "data-decision-id": row.original.decisionId,
          "data-outcome": row.original.outcome,
          "data-reviewer": row.original.reviewerEmail,
          "data-qa": row.original.qa === "agreed" || row.original.qa === "overturned" ? row.original.qa : "",
          "data-opened": `${row.original.documentsOpened}/${row.original.documentsTotal}`,
          "data-flagged-unopened": row.original.flaggedUnopened,
        })}
      />
      <DataTablePagination
        page={page}
        perPage={pageSize}
        total={total}
        perPageOptions={[pageSize]}
        onPageChange={(p) => setParams({ page: p === 1 ? null : p })}
        onPerPageChange={() => undefined}
        labels={{
          prev: tq("pagination.prev"),
          next: tq("pagination.next"),
          perPage: tq("pagination.perPage"),
          page: tq("pagination.page", { page, pages: Math.max(1, Math.ceil(total / pageSize)) }),
          rows: tq("pagination.rows", { from: total === 0 ? 0 : (page - 1) * pageSize + 1, to: Math.min(total, page * pageSize), total }),
        }}
      />
    </div>
  );
}
