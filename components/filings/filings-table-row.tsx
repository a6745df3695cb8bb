"use client";

import type { useTranslations } from "next-intl";
import { memo } from "react";
import { SeverityBadges } from "@/components/filings/severity-badges";
import { SlaBadge } from "@/components/filings/sla-badge";
import { badgeVariants } from "@/components/ui/badge";
import { pick, type Locale } from "@/lib/i18n/locales";
import { rowFormatters, type RowFormatters } from "@/lib/i18n/row-formatters";
import { FILING_TYPE_LABELS, PROVINCE_LABELS, SUBJECT_KIND_LABELS } from "@/lib/domain/validation/labels";
import type { FilingType, Province, SubjectKind } from "@/lib/domain/validation/constants";
import type { QueueRowView } from "@/lib/services/queue/queue-row-view";

// One queue row as plain elements with class strings fixed at load: a page renders 25 of these
// on every request, so no per-cell components, no class merging and no table library per cell.
// Cell padding comes from the table's own class (filings-table.tsx), not from every <td>.

const ROW = "border-b transition-colors hover:bg-accent/50 cursor-pointer";
const ROW_SELECTED = `${ROW} bg-accent/70 shadow-[inset_3px_0_0_var(--color-primary)]`;
// Upstream order numbers may run to 64 characters: past 20 (the usual ones are 16) the list shows
// their start, the whole number in the title and on the filing's own page.
const LINK = "block max-w-[9rem] truncate font-mono text-xs font-medium text-primary hover:underline 2xl:max-w-[14rem]";
const DOCUMENT_CHECK = {
  pending: "whitespace-nowrap rounded border border-dashed border-primary/40 px-1 text-[11px] text-primary",
  failed: "whitespace-nowrap rounded border border-warning/50 bg-warning/10 px-1 text-[11px] text-warning-foreground",
} as const;
const STATUS_CLASS: Record<string, string> = {
  pending: badgeVariants({ variant: "secondary" }),
  approved: badgeVariants({ variant: "success" }),
  rejected: badgeVariants({ variant: "error" }),
};
const OTHER_STATUS_CLASS = badgeVariants({ variant: "outline" });

type QueueT = ReturnType<typeof useTranslations<"queue">>;

/** Every text a row needs, resolved once per table render (a page repeats the same few labels). */
export interface RowLabels {
  locale: Locale;
  format: RowFormatters;
  text: (key: Parameters<QueueT>[0], values?: Record<string, number>) => string;
  sla: Record<"on_time" | "due_soon" | "overdue" | "closed", string>;
}

export function createRowLabels(t: QueueT, locale: Locale): RowLabels {
  const memo = new Map<string, string>();
  const text: RowLabels["text"] = (key, values) => {
    const id = values ? `${key}:${JSON.stringify(values)}` : key;
    let value = memo.get(id);
    if (value === undefined) memo.set(id, (value = t(key, values)));
    return value;
  };
  return {
    locale,
    format: rowFormatters(locale),
    text,
    sla: { on_time: text("sla.on_time"), due_soon: text("sla.due_soon"), overdue: text("sla.overdue"), closed: text("sla.closed") },
  };
}

function label<K extends string>(table: Record<K, { zh: string; en: string }>, value: string, locale: Locale): string {
  const entry = table[value as K];
  return entry ? pick(entry, locale) : value;
}

interface RowProps {
  row: QueueRowView;
  index: number;
  selected: boolean;
  labels: RowLabels;
  now: number;
  me: string;
}

/** Memoised: moving the selection re-renders the two rows it touches, not the page. */
export const FilingRow = memo(function FilingRow({ row, index, selected, labels, now, me }: RowProps) {
  const { text, locale, format } = labels;
  const check = row.documentCheck;
  return (
    <tr
      className={selected ? ROW_SELECTED : ROW}
      data-testid="filing-row"
      data-filing-id={row.id}
      data-external-id={row.externalId}
      data-index={index}
      data-selected={selected ? "true" : undefined}
      aria-selected={selected}
    >
      <td>
        <a href={`/filings/${row.id}`} className={LINK} title={row.externalId} data-testid="filing-link">
          {row.externalId}
        </a>
      </td>
      <td className="tabular-nums">v{row.revision}</td>
      <td>{label<FilingType>(FILING_TYPE_LABELS, row.type, locale)}</td>
      <td>{label<Province>(PROVINCE_LABELS, row.province, locale)}</td>
      {/* The subject takes the width the other columns leave (none of their own to spare: one line each)
          and is cut short with an ellipsis past it, whole in its title. */}
      <td className="w-full max-w-0 min-w-32">
        <span className="block truncate" title={row.subject}>
          {row.subject}
        </span>
      </td>
      <td>{label<SubjectKind>(SUBJECT_KIND_LABELS, row.subjectKind, locale)}</td>
      <td className="font-mono text-xs">{row.certificate}</td>
      <td>
        <span className="flex flex-col items-start gap-0.5">
          <SeverityBadges
            errorCount={row.errorCount}
            warningCount={row.warningCount}
            labels={{
              errors: text("flags.errors", { count: row.errorCount }),
              warnings: text("flags.warnings", { count: row.warningCount }),
              clean: text("flags.clean"),
            }}
          />
          {check !== "done" ? (
            <span className={DOCUMENT_CHECK[check]} data-testid="document-check-badge" data-state={check}>
              {text(`documentCheck.${check}`)}
            </span>
          ) : null}
        </span>
      </td>
      <td>
        <span className="flex flex-col leading-tight">
          <span className="tabular-nums">{format.dateTime(row.submittedAt)}</span>
          <span className="text-xs text-muted-foreground">{format.age(row.submittedAt, now)}</span>
        </span>
      </td>
      <td>
        <SlaBadge dueAt={row.slaDueAt} now={now} open={row.status === "pending"} labels={labels.sla} />
      </td>
      <td>
        {row.holderEmail ? (
          <span data-testid="holder" data-holder={row.holderEmail} title={row.holderEmail}>
            {row.holderEmail === me ? text("you") : row.holderName}
          </span>
        ) : (
          <span className="text-muted-foreground">{text("unclaimed")}</span>
        )}
      </td>
      <td>
        <span data-slot="badge" className={STATUS_CLASS[row.status] ?? OTHER_STATUS_CLASS}>
          {text(`status.${row.status as "pending" | "approved" | "rejected"}`)}
        </span>
      </td>
    </tr>
  );
});
