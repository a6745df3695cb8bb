"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type MouseEvent } from "react";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { FilingsTableHeader, nextSort, QUEUE_COLUMNS, type QueueColumnId } from "@/components/filings/filings-table-header";
import { createRowLabels, FilingRow } from "@/components/filings/filings-table-row";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useKeyboardShortcuts } from "@/lib/hooks/use-keyboard-shortcuts";
import { toLocale } from "@/lib/i18n/locales";
import { DEFAULT_PER_PAGE, PER_PAGE_OPTIONS } from "@/lib/domain/queue/page-sizes";
import type { QueueSort } from "@/lib/domain/queue/params";
import type { QueueRowView } from "@/lib/services/queue/queue-row-view";

interface Props {
  rows: QueueRowView[];
  total: number;
  /** The total is a lower bound (a search or date range past the count cap). */
  totalCapped: boolean;
  /** More rows follow this page. */
  hasMore: boolean;
  page: number;
  perPage: number;
  sort: QueueSort;
  dir: "asc" | "desc";
  now: number;
  me: string;
}

// Cell padding for every <td> from one class on the table, instead of a class on 300 cells. Cells
// keep to one line; below 2xl their padding is a little narrower, so that the twelve columns fit a
// 1280-px screen in English too (its labels are the longer ones) with no sideways scroll.
const TABLE = "w-full caption-bottom text-sm [&_td]:whitespace-nowrap [&_td]:px-1.5 2xl:[&_td]:px-2 [&_td]:py-1.5 [&_td]:align-middle";

export function FilingsTable({ rows, total, totalCapped, hasMore, page, perPage, sort, dir, now, me }: Props) {
  const t = useTranslations("queue");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const { setParams, pending } = useUrlParams();
  const [selected, setSelected] = useState(0);
  // Keyboard shortcuts work only once the page is hydrated; tests and people can tell by this.
  const hydrated = useHydrated();

  const labels = useMemo(() => createRowLabels(t, locale), [t, locale]);
  const headers = useMemo(
    () => Object.fromEntries(QUEUE_COLUMNS.map((c) => [c.id, t(`columns.${c.id}`)])) as Record<QueueColumnId, string>,
    [t],
  );

  const current = Math.min(selected, Math.max(rows.length - 1, 0));
  const open = (id: number) => router.push(`/filings/${id}`);
  useKeyboardShortcuts({
    j: () => setSelected(Math.min(current + 1, rows.length - 1)),
    k: () => setSelected(Math.max(current - 1, 0)),
    ArrowDown: () => setSelected(Math.min(current + 1, rows.length - 1)),
    ArrowUp: () => setSelected(Math.max(current - 1, 0)),
    Enter: () => {
      const row = rows[current];
      if (row) open(row.id);
    },
  });

  // One handler for the body: a click selects its row and opens the filing; a modified click on
  // the order number is left to the browser (new tab).
  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const tr = target.closest<HTMLElement>("tr[data-index]");
    if (!tr) return;
    const link = target.closest("a");
    if (link && (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)) return;
    if (!link && target.closest("button")) return;
    event.preventDefault();
    setSelected(Number(tr.dataset.index));
    open(Number(tr.dataset.filingId));
  };

  // Next and previous pages by keyset (the neighbouring row's id): page 1 000 costs what page 1 costs.
  const goTo = (target: number) => {
    if (target <= 1) setParams({ page: null });
    else if (target === page + 1 && rows.length > 0) setParams({ page: target, after: rows[rows.length - 1].id });
    else if (target === page - 1 && rows.length > 0) setParams({ page: target, before: rows[0].id });
    else setParams({ page: target });
  };

  const from = rows.length === 0 ? 0 : (page - 1) * perPage + 1;
  const to = (page - 1) * perPage + rows.length;
  const shownTotal = totalCapped ? `${total}+` : String(total);
  const pages = Math.max(1, Math.ceil(total / perPage));
  return (
    <div className="space-y-1" data-testid="filings-table-container" data-hydrated={hydrated ? "true" : undefined}>
      <div
        className={pending ? "rounded-lg border bg-card opacity-60 transition-opacity" : "rounded-lg border bg-card transition-opacity"}
        aria-busy={pending || undefined}
      >
        <div className="relative w-full overflow-x-auto">
          <table className={TABLE} data-testid="filings-table">
            <caption className="sr-only">{t("title")}</caption>
            <FilingsTableHeader
              sort={sort}
              dir={dir}
              labels={headers}
              onSort={(clicked) => {
                const next = nextSort({ sort, dir }, clicked);
                setParams({ sort: next.sort === "sla" ? null : next.sort, dir: next.dir });
              }}
            />
            <tbody onClick={onBodyClick}>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={QUEUE_COLUMNS.length} className="h-40 text-center whitespace-normal">
                    <div className="space-y-1 py-6" data-testid="filings-empty">
                      <p className="font-medium">{t("empty.title")}</p>
                      <p className="text-sm text-muted-foreground">{t("empty.body")}</p>
                    </div>
                  </td>
                </tr>
              ) : (
                rows.map((row, index) => (
                  <FilingRow key={row.id} row={row} index={index} selected={index === current} labels={labels} now={now} me={me} />
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>
      <DataTablePagination
        page={page}
        perPage={perPage}
        total={total}
        hasNext={hasMore}
        perPageOptions={PER_PAGE_OPTIONS}
        onPageChange={goTo}
        onPerPageChange={(n) => setParams({ page: null, perPage: n === DEFAULT_PER_PAGE ? null : n })}
        labels={{
          prev: t("pagination.prev"),
          next: t("pagination.next"),
          perPage: t("pagination.perPage"),
          page: t("pagination.page", { page, pages: totalCapped ? `${pages}+` : pages }),
          rows: t("pagination.rows", { from, to, total: shownTotal }),
        }}
      />
    </div>
  );
}
