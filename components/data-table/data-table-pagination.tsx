"use client";

import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

export interface PaginationLabels {
  prev: string;
  next: string;
  page: string;
  rows: string;
  perPage: string;
}

interface Props {
  page: number;
  perPage: number;
  total: number;
  /** Whether a next page exists, when the caller knows better than the total (a capped count). */
  hasNext?: boolean;
  perPageOptions: readonly number[];
  onPageChange: (page: number) => void;
  onPerPageChange: (perPage: number) => void;
  labels: PaginationLabels;
}

export function DataTablePagination({ page, perPage, total, hasNext, perPageOptions, onPageChange, onPerPageChange, labels }: Props) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const lastPage = hasNext === undefined ? page >= pages : !hasNext;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 px-1 py-2 text-sm text-muted-foreground">
      <span>{labels.rows}</span>
      <div className="flex items-center gap-3">
        {perPageOptions.length > 1 ? (
          <label className="flex items-center gap-2">
            {labels.perPage}
            <select
              className="h-8 rounded-md border border-input bg-card px-2 text-sm text-foreground"
              value={perPage}
              onChange={(e) => onPerPageChange(Number(e.target.value))}
              data-testid="pagination-per-page"
            >
              {perPageOptions.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <span data-testid="pagination-page">{labels.page}</span>
        <Button
          variant="outline"
          size="sm"
          onClick={() => onPageChange(page - 1)}
          disabled={page <= 1}
          data-testid="pagination-prev"
          aria-label={labels.prev}
        >
          <ChevronLeftIcon aria-hidden />
          {labels.prev}
        </Button>
        <Button
          variant="outline"
          size="sm"
          onClick={() => onPageChange(page + 1)}
          disabled={lastPage}
          data-testid="pagination-next"
          aria-label={labels.next}
        >
          {labels.next}
          <ChevronRightIcon aria-hidden />
        </Button>
      </div>
    </div>
  );
}
