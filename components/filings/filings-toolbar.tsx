"use client";

import { SearchIcon, XIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { DataTableFacetedFilter } from "@/components/data-table/data-table-faceted-filter";
import { DataTableDateRange } from "@/components/data-table/data-table-date-range";
import { DataTableSelect } from "@/components/data-table/data-table-select";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useKeyboardShortcuts } from "@/lib/hooks/use-keyboard-shortcuts";
import { pick, toLocale } from "@/lib/i18n/locales";
import type { QueueParams } from "@/lib/domain/queue/params";
import { FILING_TYPES, PROVINCES, SUBJECT_KINDS } from "@/lib/domain/validation/constants";
import { FILING_TYPE_LABELS, PROVINCE_LABELS, SUBJECT_KIND_LABELS } from "@/lib/domain/validation/labels";
import { cn } from "@/lib/utils";

const STATUSES = ["pending", "approved", "rejected", "all"] as const;

export function FilingsToolbar({ params }: { params: QueueParams }) {
  const t = useTranslations("queue");
  const locale = toLocale(useLocale());
  const { setParams } = useUrlParams();
  // The box follows the URL (back/forward, a saved view) unless the reviewer is typing ahead of it.
  const [typed, setTyped] = useState<{ for: string; value: string } | null>(null);
  const query = typed && typed.for === params.q ? typed.value : params.q;
  const setQuery = (value: string) => setTyped({ for: params.q, value });
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (query === params.q) return;
    const timer = setTimeout(() => setParams({ q: query.trim() }, { replace: true }), 300);
    return () => clearTimeout(timer);
  }, [query, params.q, setParams]);
  useKeyboardShortcuts({ "/": () => searchRef.current?.focus() });

  const filtered =
    params.province.length + params.type.length + params.kind.length > 0 ||
    params.severity ||
    params.documentCheck ||
    params.assignee ||
    params.from ||
    params.to ||
    params.q;
  const selectedLabel = (count: number) => t("filters.selected", { count });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative w-full max-w-md">
          <SearchIcon className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            ref={searchRef}
            type="search"
            className="pl-8"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") setParams({ q: query.trim() });
              if (e.key === "Escape") e.currentTarget.blur();
            }}
            placeholder={t("searchPlaceholder")}
            aria-label={t("searchLabel")}
            data-testid="filings-search"
          />
        </div>
        <div role="tablist" aria-label={t("filters.status")} className="inline-flex rounded-md border bg-muted p-0.5">
          {STATUSES.map((status) => (
            <button
              key={status}
              role="tab"
              type="button"
              aria-selected={params.status === status}
              onClick={() => setParams({ status: status === "pending" ? null : status })}
              data-testid={`status-${status}`}
              className={cn(
                "rounded px-3 py-1 text-sm text-muted-foreground",
                params.status === status && "bg-card font-medium text-foreground shadow-xs",
              )}
            >
              {t(`status.${status}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <DataTableFacetedFilter
          title={t("filters.province")}
          testId="filter-province"
          columns={3}
          options={PROVINCES.map((p) => ({ value: p, label: pick(PROVINCE_LABELS[p], locale) }))}
          selected={params.province}
          onChange={(values) => setParams({ province: values.join(",") })}
          selectedLabel={selectedLabel}
          resetLabel={t("filters.reset")}
        />
        <DataTableFacetedFilter
          title={t("filters.type")}
          testId="filter-type"
          options={FILING_TYPES.map((v) => ({ value: v, label: pick(FILING_TYPE_LABELS[v], locale) }))}
          selected={params.type}
          onChange={(values) => setParams({ type: values.join(",") })}
          selectedLabel={selectedLabel}
          resetLabel={t("filters.reset")}
        />
        <DataTableFacetedFilter
          title={t("filters.kind")}
          testId="filter-kind"
          options={SUBJECT_KINDS.map((v) => ({ value: v, label: pick(SUBJECT_KIND_LABELS[v], locale) }))}
          selected={params.kind}
          onChange={(values) => setParams({ kind: values.join(",") })}
          selectedLabel={selectedLabel}
          resetLabel={t("filters.reset")}
        />
        <DataTableSelect
          label={t("filters.severity")}
          testId="filter-severity"
          value={params.severity ?? ""}
          onChange={(v) => setParams({ severity: v })}
          options={[
            { value: "", label: t("status.all") },
            ...(["error", "warning", "clean"] as const).map((v) => ({ value: v, label: t(`filters.severityOptions.${v}`) })),
          ]}
        />
        <DataTableSelect
          label={t("filters.documentCheck")}
          testId="filter-document-check"
          value={params.documentCheck ?? ""}
          onChange={(v) => setParams({ documentCheck: v })}
          options={[
            { value: "", label: t("status.all") },
            ...(["pending", "done", "failed"] as const).map((v) => ({ value: v, label: t(`documentCheck.${v}`) })),
          ]}
        />
        <DataTableSelect
          label={t("filters.assignee")}
          testId="filter-assignee"
          value={params.assignee ?? ""}
          onChange={(v) => setParams({ assignee: v })}
          options={[
            { value: "", label: t("filters.assigneeOptions.default") },
            ...(["me", "unassigned", "any"] as const).map((v) => ({ value: v, label: t(`filters.assigneeOptions.${v}`) })),
          ]}
        />
        <DataTableDateRange
          labels={{ from: t("filters.from"), to: t("filters.to") }}
          from={params.from}
          to={params.to}
          onChange={setParams}
          testIdPrefix="filter"
        />
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            data-testid="filters-reset"
            onClick={() => {
              setQuery("");
              setParams({
                province: null,
                type: null,
                kind: null,
                severity: null,
                documentCheck: null,
                assignee: null,
                from: null,
                to: null,
                q: null,
              });
            }}
          >
            <XIcon aria-hidden />
            {t("filters.reset")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
