"use client";

import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import type { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { pick, type Locale } from "@/lib/i18n/locales";
import { FILING_TYPE_LABELS, PROVINCE_LABELS, SUBJECT_KIND_LABELS } from "@/lib/validation/labels";
import type { FilingType, Province, SubjectKind } from "@/lib/validation/constants";
import type { QueueRowView } from "./queue-types";
import { SeverityBadges } from "./severity-badges";
import { SlaBadge } from "./sla-badge";

export const queueFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const helper = createColumnHelper<typeof queueFeatures, QueueRowView>();

const STATUS_VARIANT = { pending: "secondary", approved: "success", rejected: "error" } as const;

interface ColumnContext {
  t: ReturnType<typeof useTranslations<"queue">>;
  format: ReturnType<typeof useFormatter>;
  locale: Locale;
  now: number;
  me: string;
}

export function getFilingsTableColumns({ t, format, locale, now, me }: ColumnContext) {
  return helper.columns([
    helper.accessor("externalId", {
      id: "externalId",
      header: () => t("columns.externalId"),
      cell: (info) => (
        <Link href={`/filings/${info.row.original.id}`} className="font-mono text-xs font-medium text-primary hover:underline" data-testid="filing-link">
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("revision", { id: "revision", header: () => t("columns.revision"), enableSorting: false, cell: (info) => <span className="tabular-nums">v{info.getValue()}</span> }),
    helper.accessor("type", {
      id: "type",
      header: () => t("columns.type"),
      enableSorting: false,
      cell: (info) => pick(FILING_TYPE_LABELS[info.getValue() as FilingType] ?? { zh: info.getValue(), en: info.getValue() }, locale),
    }),
    helper.accessor("province", {
      id: "province",
      header: () => t("columns.province"),
      cell: (info) => pick(PROVINCE_LABELS[info.getValue() as Province] ?? { zh: info.getValue(), en: info.getValue() }, locale),
    }),
    helper.accessor("subject", {
      id: "subject",
      header: () => t("columns.subject"),
      enableSorting: false,
      cell: (info) => <span className="block max-w-[16rem] truncate" title={info.getValue()}>{info.getValue()}</span>,
    }),
    helper.accessor("subjectKind", {
      id: "kind",
      header: () => t("columns.kind"),
      enableSorting: false,
      cell: (info) => pick(SUBJECT_KIND_LABELS[info.getValue() as SubjectKind] ?? { zh: info.getValue(), en: info.getValue() }, locale),
    }),
    helper.accessor("certificate", { id: "certificate", header: () => t("columns.certificate"), enableSorting: false, cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span> }),
    helper.accessor("errorCount", {
      id: "flags",
      header: () => t("columns.flags"),
      cell: (info) => (
        <SeverityBadges
          errorCount={info.row.original.errorCount}
          warningCount={info.row.original.warningCount}
          labels={{ errors: t("flags.errors", { count: info.row.original.errorCount }), warnings: t("flags.warnings", { count: info.row.original.warningCount }), clean: t("flags.clean") }}
        />
      ),
    }),
    helper.accessor("submittedAt", {
      id: "submitted",
      header: () => t("columns.submitted"),
      cell: (info) => (
        <span className="flex flex-col leading-tight">
          <span className="tabular-nums">{format.dateTime(info.getValue(), { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}</span>
          <span className="text-xs text-muted-foreground">{format.relativeTime(info.getValue(), now)}</span>
        </span>
      ),
    }),
    helper.accessor("slaDueAt", {
      id: "sla",
      header: () => t("columns.sla"),
      cell: (info) => <SlaBadge dueAt={info.getValue()} now={now} open={info.row.original.status === "pending"} labels={{ on_time: t("sla.on_time"), due_soon: t("sla.due_soon"), overdue: t("sla.overdue"), closed: t("sla.closed") }} />,
    }),
    helper.accessor("holderEmail", {
      id: "holder",
      header: () => t("columns.holder"),
      enableSorting: false,
      cell: (info) => {
        const email = info.getValue();
        if (!email) return <span className="text-muted-foreground">{t("unclaimed")}</span>;
        return <span data-testid="holder" data-holder={email} title={email}>{email === me ? t("you") : info.row.original.holderName}</span>;
      },
    }),
    helper.accessor("status", {
      id: "status",
      header: () => t("columns.status"),
      cell: (info) => {
        const status = info.getValue() as keyof typeof STATUS_VARIANT;
        return <Badge variant={STATUS_VARIANT[status] ?? "outline"}>{t(`status.${status}`)}</Badge>;
      },
    }),
  ]);
}
