"use client";

import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import type { useTranslations } from "next-intl";
import { createRowFormatters } from "@/lib/i18n/row-formatters";
import { Badge } from "@/components/ui/badge";
import { pick, type Locale } from "@/lib/i18n/locales";
import { FILING_TYPE_LABELS, PROVINCE_LABELS, SUBJECT_KIND_LABELS } from "@/lib/domain/validation/labels";
import type { FilingType, Province, SubjectKind } from "@/lib/domain/validation/constants";
import type { QueueRowView } from "@/lib/services/queue/queue-row-view";
import { SeverityBadges } from "@/components/filings/severity-badges";

const DOCUMENT_CHECK_PENDING = "whitespace-nowrap rounded border border-dashed border-primary/40 px-1 text-[11px] text-primary";
const DOCUMENT_CHECK_FAILED = "whitespace-nowrap rounded border border-warning/50 bg-warning/10 px-1 text-[11px] text-warning-foreground";
import { SlaBadge } from "@/components/filings/sla-badge";

export const queueFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
const helper = createColumnHelper<typeof queueFeatures, QueueRowView>();

const STATUS_VARIANT = { pending: "secondary", approved: "success", rejected: "error" } as const;

interface ColumnContext {
  t: ReturnType<typeof useTranslations<"queue">>;
  locale: Locale;
  now: number;
  me: string;
}

export function getFilingsTableColumns({ t, locale, now, me }: ColumnContext) {
  const format = createRowFormatters(locale);
  // Rows repeat the same few labels; format each once per render.
  const labels = new Map<string, string>();
  const label = (key: Parameters<typeof t>[0], values?: Record<string, number>) => {
    const id = values ? `${key}:${JSON.stringify(values)}` : key;
    let text = labels.get(id);
    if (text === undefined) labels.set(id, (text = t(key, values)));
    return text;
  };
  return helper.columns([
    helper.accessor("externalId", {
      id: "externalId",
      header: () => t("columns.externalId"),
      cell: (info) => (
        <Link
          href={`/filings/${info.row.original.id}`}
          prefetch={false}
          className="font-mono text-xs font-medium text-primary hover:underline"
          data-testid="filing-link"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("revision", {
      id: "revision",
      header: () => t("columns.revision"),
      enableSorting: false,
      cell: (info) => <span className="tabular-nums">v{info.getValue()}</span>,
    }),
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
      cell: (info) => (
        <span className="block max-w-[16rem] truncate" title={info.getValue()}>
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor("subjectKind", {
      id: "kind",
      header: () => t("columns.kind"),
      enableSorting: false,
      cell: (info) => pick(SUBJECT_KIND_LABELS[info.getValue() as SubjectKind] ?? { zh: info.getValue(), en: info.getValue() }, locale),
    }),
    helper.accessor("certificate", {
      id: "certificate",
      header: () => t("columns.certificate"),
      enableSorting: false,
      cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
    }),
    helper.accessor("errorCount", {
      id: "flags",
      header: () => t("columns.flags"),
      cell: (info) => {
        const check = info.row.original.documentCheck;
        return (
          <span className="flex flex-col items-start gap-0.5">
            <SeverityBadges
              errorCount={info.row.original.errorCount}
              warningCount={info.row.original.warningCount}
              labels={{
                errors: label("flags.errors", { count: info.row.original.errorCount }),
                warnings: label("flags.warnings", { count: info.row.original.warningCount }),
                clean: label("flags.clean"),
              }}
            />
            {check !== "done" ? (
              <span
                className={check === "failed" ? DOCUMENT_CHECK_FAILED : DOCUMENT_CHECK_PENDING}
                data-testid="document-check-badge"
                data-state={check}
              >
                {label(`documentCheck.${check}`)}
              </span>
            ) : null}
          </span>
        );
      },
    }),
    helper.accessor("submittedAt", {
      id: "submitted",
      header: () => t("columns.submitted"),
      cell: (info) => (
        <span className="flex flex-col leading-tight">
          <span className="tabular-nums">{format.dateTime(info.getValue())}</span>
          <span className="text-xs text-muted-foreground">{format.age(info.getValue(), now)}</span>
        </span>
      ),
    }),
    helper.accessor("slaDueAt", {
      id: "sla",
      header: () => t("columns.sla"),
      cell: (info) => (
        <SlaBadge
          dueAt={info.getValue()}
          now={now}
          open={info.row.original.status === "pending"}
          labels={{
            on_time: label("sla.on_time"),
            due_soon: label("sla.due_soon"),
            overdue: label("sla.overdue"),
            closed: label("sla.closed"),
          }}
        />
      ),
    }),
    helper.accessor("holderEmail", {
      id: "holder",
      header: () => t("columns.holder"),
      enableSorting: false,
      cell: (info) => {
        const email = info.getValue();
        if (!email) return <span className="text-muted-foreground">{label("unclaimed")}</span>;
        return (
          <span data-testid="holder" data-holder={email} title={email}>
            {email === me ? label("you") : info.row.original.holderName}
          </span>
        );
      },
    }),
    helper.accessor("status", {
      id: "status",
      header: () => t("columns.status"),
      cell: (info) => {
        const status = info.getValue() as keyof typeof STATUS_VARIANT;
        return <Badge variant={STATUS_VARIANT[status] ?? "outline"}>{label(`status.${status}`)}</Badge>;
      },
    }),
  ]);
}
