"use client";

import { EyeIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revealAction } from "@/lib/web/actions/workspace-actions";
import type { FieldRow } from "@/lib/domain/filings/document-fields";
import { pick, toLocale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";
import { useWorkspaceFocus } from "@/components/filings/workspace/workspace-context";

interface Props {
  filingId: number;
  rows: FieldRow[];
  severityByPath: Record<string, "error" | "warning">;
  individual: boolean;
}

function groupTitle(t: ReturnType<typeof useTranslations<"workspace">>, row: FieldRow, individual: boolean): string {
  if (row.group === "website") return t("groups.website", { n: (row.website ?? 0) + 1 });
  if (row.group === "subject" && individual) return t("groups.subjectIndividual");
  return t(`groups.${row.group}`);
}

export function FilingFields({ filingId, rows, severityByPath, individual }: Props) {
  const t = useTranslations("workspace");
  const locale = toLocale(useLocale());
  const { activeField, focus } = useWorkspaceFocus();
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [, startTransition] = useTransition();

  const groups: { key: string; title: string; rows: FieldRow[] }[] = [];
  for (const row of rows) {
    const key = `${row.group}-${row.website ?? ""}`;
    let group = groups.find((g) => g.key === key);
    if (!group) groups.push((group = { key, title: groupTitle(t, row, individual), rows: [] }));
    group.rows.push(row);
  }

  return (
    <div data-testid="filing-fields" className="space-y-3">
      {groups.map((group) => (
        <section key={group.key} aria-label={group.title} className="rounded-lg border bg-card">
          <h3 className="border-b bg-muted/50 px-3 py-1.5 text-xs font-semibold text-muted-foreground">{group.title}</h3>
          <dl className="divide-y text-sm">
            {group.rows.map((row) => {
              const severity = severityByPath[row.path];
              const shown = revealed[row.path] ?? row.display;
              return (
                <div
                  key={row.path}
                  data-field={row.path}
                  data-severity={severity}
                  data-active={activeField === row.path || undefined}
                  onClick={() => focus({ field: row.path })}
                  className={cn(
                    "grid grid-cols-[9rem_1fr] gap-2 px-3 py-1.5 transition-colors",
                    severity === "error" && "bg-destructive/8 shadow-[inset_3px_0_0_var(--color-destructive)]",
                    severity === "warning" && "bg-warning/10 shadow-[inset_3px_0_0_var(--color-warning)]",
                    activeField === row.path && "ring-2 ring-inset ring-primary",
                  )}
                >
                  <dt className="text-muted-foreground">{pick(row.label, locale)}</dt>
                  <dd className="flex min-w-0 items-center gap-2 break-all">
                    <span className={cn(row.pii && "font-mono")} data-testid="field-value">
                      {shown || <span className="text-muted-foreground">—</span>}
                    </span>
                    {row.pii && !(row.path in revealed) ? (
                      <button
                        type="button"
                        className="inline-flex items-center gap-0.5 rounded px-1 text-xs text-primary hover:bg-accent"
                        title={t("revealHint")}
                        aria-label={`${t("reveal")} ${pick(row.label, locale)}`}
                        data-testid="reveal-pii"
                        onClick={(event) => {
                          event.stopPropagation();
                          startTransition(async () => {
                            const result = await revealAction({ filingId, path: row.path });
                            if (result.ok) setRevealed((r) => ({ ...r, [row.path]: result.data.value }));
                          });
                        }}
                      >
                        <EyeIcon className="size-3" aria-hidden />
                        {t("reveal")}
                      </button>
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
