"use client";

import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";
import type { QueueSort } from "@/lib/domain/queue/params";

/** The queue's columns in display order; `sort` names the URL sort a header button sets. */
export const QUEUE_COLUMNS = [
  { id: "externalId", sort: "externalId" },
  { id: "revision" },
  { id: "type" },
  { id: "province", sort: "province" },
  { id: "subject" },
  { id: "kind" },
  { id: "certificate" },
  { id: "flags", sort: "flags" },
  { id: "submitted", sort: "submitted" },
  { id: "sla", sort: "sla" },
  { id: "holder" },
  { id: "status", sort: "status" },
] as const satisfies readonly { id: string; sort?: QueueSort }[];

export type QueueColumnId = (typeof QUEUE_COLUMNS)[number]["id"];

/** A first click sorts numbers and times from the largest, text from A (as the table always did). */
const FIRST_DESC: ReadonlySet<QueueSort> = new Set(["flags", "submitted", "sla"]);

export function nextSort(current: { sort: QueueSort; dir: "asc" | "desc" }, clicked: QueueSort): { sort: QueueSort; dir: "asc" | "desc" } {
  if (clicked === current.sort) return { sort: clicked, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: clicked, dir: FIRST_DESC.has(clicked) ? "desc" : "asc" };
}

const HEAD = "h-9 whitespace-nowrap px-1.5 2xl:px-2 text-left align-middle text-xs font-medium text-muted-foreground";
const SORT_BUTTON = "-ml-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-accent hover:text-foreground";

export function FilingsTableHeader({
  sort,
  dir,
  labels,
  onSort,
}: {
  sort: QueueSort;
  dir: "asc" | "desc";
  labels: Record<QueueColumnId, string>;
  onSort: (sort: QueueSort) => void;
}) {
  return (
    <thead className="bg-muted/60">
      <tr className="border-b">
        {QUEUE_COLUMNS.map((column) => {
          if (!("sort" in column)) {
            return (
              <th key={column.id} className={HEAD}>
                {labels[column.id]}
              </th>
            );
          }
          const sorted = column.sort === sort ? dir : null;
          return (
            <th key={column.id} className={HEAD} aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}>
              <button type="button" onClick={() => onSort(column.sort)} className={SORT_BUTTON} data-testid={`sort-${column.id}`}>
                {labels[column.id]}
                {sorted === "asc" ? (
                  <ArrowUpIcon className="size-3" />
                ) : sorted === "desc" ? (
                  <ArrowDownIcon className="size-3" />
                ) : (
                  <ChevronsUpDownIcon className="size-3 opacity-40" />
                )}
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
