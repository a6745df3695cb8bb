"use client";

import type { Row, RowData, TableFeatures } from "@tanstack/react-table";
import type { ReactTable } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";
import type * as React from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table state type is whatever the caller configured
  table: ReactTable<TFeatures, TData, any>;
  testId?: string;
  rowProps?: (
    row: Row<TFeatures, TData>,
    index: number,
  ) => React.ComponentProps<"tr"> & Record<`data-${string}`, string | number | undefined>;
  empty?: React.ReactNode;
  busy?: boolean;
  caption?: string;
}

/** Generic markup for a TanStack table: sortable headers as buttons, rows from the row model. */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  testId,
  rowProps,
  empty,
  busy,
  caption,
}: DataTableProps<TFeatures, TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    <div className={cn("rounded-lg border bg-card transition-opacity", busy && "opacity-60")} aria-busy={busy || undefined}>
      <Table data-testid={testId}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id} className="hover:bg-transparent">
              {group.headers.map((header) => {
                const column = header.column as unknown as SortableColumn;
                const canSort = column.getCanSort?.() ?? false;
                const sorted = canSort ? column.getIsSorted() : false;
                return (
                  <TableHead key={header.id} aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}>
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        onClick={column.getToggleSortingHandler()}
                        className="-ml-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-accent hover:text-foreground"
                        data-testid={`sort-${header.column.id}`}
                      >
                        <table.FlexRender header={header} />
                        {sorted === "asc" ? (
                          <ArrowUpIcon className="size-3" />
                        ) : sorted === "desc" ? (
                          <ArrowDownIcon className="size-3" />
                        ) : (
                          <ChevronsUpDownIcon className="size-3 opacity-40" />
                        )}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={columnCount} className="h-40 text-center whitespace-normal">
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row, index) => (
              <TableRow key={row.id} {...rowProps?.(row, index)}>
                {row.getAllCells().map((cell) => (
                  <TableCell key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}

interface SortableColumn {
  getCanSort?: () => boolean;
  getIsSorted: () => false | "asc" | "desc";
  getToggleSortingHandler: () => undefined | ((event: unknown) => void);
}
