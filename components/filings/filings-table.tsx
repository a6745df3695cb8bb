"use client";

import { useTable, type PaginationState, type SortingState, type Updater } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { useKeyboardShortcuts } from "@/lib/hooks/use-keyboard-shortcuts";
import { toLocale } from "@/lib/i18n/locales";
import { DEFAULT_PER_PAGE, PER_PAGE_OPTIONS } from "@/lib/domain/queue/params";
import { cn } from "@/lib/utils";
import { getFilingsTableColumns, queueFeatures } from "@/components/filings/filings-table-columns";
import type { QueueRowView } from "@/lib/services/queue/queue-row-view";
import { useHydrated } from "@/lib/hooks/use-hydrated";

interface Props {
  rows: QueueRowView[];
  total: number;
  page: number;
  perPage: number;
  sort: string;
  dir: "asc" | "desc";
  now: number;
  me: string;
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

export function FilingsTable({ rows, total, page, perPage, sort, dir, now, me }: Props) {
  const t = useTranslations("queue");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const { setParams, pending } = useUrlParams();
  const [selected, setSelected] = useState(0);
  // Keyboard shortcuts work only once the page is hydrated; tests and people can tell by this.
  const hydrated = useHydrated();

  const columns = useMemo(() => getFilingsTableColumns({ t, locale, now, me }), [t, locale, now, me]);
  const sorting: SortingState = useMemo(() => [{ id: sort, desc: dir === "desc" }], [sort, dir]);
  const pagination: PaginationState = useMemo(() => ({ pageIndex: page - 1, pageSize: perPage }), [page, perPage]);

  const table = useTable({
    features: queueFeatures,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    rowCount: total,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting)[0];
      if (next) setParams({ sort: next.id === "sla" ? null : next.id, dir: next.desc ? "desc" : "asc" });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      setParams({
        page: next.pageIndex + 1 === 1 ? null : next.pageIndex + 1,
        perPage: next.pageSize === DEFAULT_PER_PAGE ? null : next.pageSize,
      });
    },
  });

  const current = Math.min(selected, Math.max(rows.length - 1, 0));
  useKeyboardShortcuts({
    j: () => setSelected(Math.min(current + 1, rows.length - 1)),
    k: () => setSelected(Math.max(current - 1, 0)),
    ArrowDown: () => setSelected(Math.min(current + 1, rows.length - 1)),
    ArrowUp: () => setSelected(Math.max(current - 1, 0)),
    Enter: () => {
      const row = rows[current];
      if (row) router.push(`/filings/${row.id}`);
    },
  });

  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(total, page * perPage);
  return (
    <div className="space-y-1" data-testid="filings-table-container" data-hydrated={hydrated ? "true" : undefined}>
      <DataTable
        table={table}
        testId="filings-table"
        busy={pending}
        caption={t("title")}
        empty={
          <div className="space-y-1 py-6" data-testid="filings-empty">
            <p className="font-medium">{t("empty.title")}</p>
            <p className="text-sm text-muted-foreground">{t("empty.body")}</p>
          </div>
        }
        rowProps={(row, index) => ({
          "data-testid": "filing-row",
          "data-filing-id": row.original.id,
          "data-external-id": row.original.externalId,
          "data-selected": index === current ? "true" : undefined,
          "aria-selected": index === current,
          className: cn("cursor-pointer", index === current && "bg-accent/70 shadow-[inset_3px_0_0_var(--color-primary)]"),
          onClick: (event) => {
            setSelected(index);
            if (!(event.target as HTMLElement).closest("a,button")) router.push(`/filings/${row.original.id}`);
          },
        })}
      />
      <DataTablePagination
        page={page}
        perPage={perPage}
        total={total}
        perPageOptions={PER_PAGE_OPTIONS}
        onPageChange={(p) => table.setPageIndex(p - 1)}
        onPerPageChange={(n) => table.setPageSize(n)}
        labels={{
          prev: t("pagination.prev"),
          next: t("pagination.next"),
          perPage: t("pagination.perPage"),
          page: t("pagination.page", { page, pages: Math.max(1, Math.ceil(total / perPage)) }),
          rows: t("pagination.rows", { from, to, total }),
        }}
      />
    </div>
  );
}
