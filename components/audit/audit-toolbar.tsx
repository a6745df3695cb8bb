"use client";

import { XIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { DataTableDateRange } from "@/components/data-table/data-table-date-range";
import { DataTableSelect } from "@/components/data-table/data-table-select";
import { useUrlParams } from "@/components/data-table/use-url-params";
import { Button } from "@/components/ui/button";
import type { AuditParams } from "@/lib/domain/audit/params";
import { pick, toLocale } from "@/lib/i18n/locales";
import { PROVINCES } from "@/lib/domain/validation/constants";
import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";

export function AuditToolbar({ params, reviewers }: { params: AuditParams; reviewers: { email: string; name: string }[] }) {
  const t = useTranslations("audit.filters");
  const ta = useTranslations("audit");
  const locale = toLocale(useLocale());
  const { setParams } = useUrlParams();
  const any = { value: "", label: t("any") };
  const filtered = Object.entries(params).some(([k, v]) => k !== "page" && v);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DataTableSelect
        label={t("reviewer")}
        testId="audit-filter-reviewer"
        value={params.reviewer ?? ""}
        onChange={(v) => setParams({ reviewer: v })}
        options={[any, ...reviewers.map((r) => ({ value: r.email, label: r.name }))]}
      />
      <DataTableSelect
        label={t("outcome")}
        testId="audit-filter-outcome"
        value={params.outcome ?? ""}
        onChange={(v) => setParams({ outcome: v })}
        options={[any, { value: "approved", label: ta("outcome.approved") }, { value: "rejected", label: ta("outcome.rejected") }]}
      />
      <DataTableSelect
        label={t("province")}
        testId="audit-filter-province"
        value={params.province ?? ""}
        onChange={(v) => setParams({ province: v })}
        options={[any, ...PROVINCES.map((p) => ({ value: p, label: pick(PROVINCE_LABELS[p], locale) }))]}
      />
      <DataTableSelect
        label={t("overrides")}
        testId="audit-filter-overrides"
        value={params.overrides ?? ""}
        onChange={(v) => setParams({ overrides: v })}
        options={[any, { value: "yes", label: t("yes") }, { value: "no", label: t("no") }]}
      />
      <DataTableSelect
        label={t("qa")}
        testId="audit-filter-qa"
        value={params.qa ?? ""}
        onChange={(v) => setParams({ qa: v })}
        options={[any, ...(["agreed", "overturned", "pending", "none"] as const).map((q) => ({ value: q, label: ta(`qa.${q}`) }))]}
      />
      <DataTableSelect
        label={t("unopened")}
        testId="audit-filter-unopened"
        value={params.unopened ?? ""}
        onChange={(v) => setParams({ unopened: v })}
        options={[any, { value: "1", label: t("unopenedOnly") }]}
      />
      {params.rule ? (
        <span
          className="inline-flex items-center gap-1 rounded-md border bg-muted/60 px-2 py-1 font-mono text-xs"
          data-testid="audit-filter-rule"
        >
          {params.rule}
        </span>
      ) : null}
      <DataTableDateRange
        labels={{ from: t("from"), to: t("to") }}
        from={params.from}
        to={params.to}
        onChange={setParams}
        testIdPrefix="audit-filter"
      />
      {filtered ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() =>
            setParams({
              reviewer: null,
              outcome: null,
              province: null,
              overrides: null,
              qa: null,
              unopened: null,
              rule: null,
              from: null,
              to: null,
            })
          }
        >
          <XIcon aria-hidden />
          {t("reset")}
        </Button>
      ) : null}
    </div>
  );
}
