"use client";

import { EyeIcon, ScanTextIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { revealAction } from "@/lib/web/actions/workspace-actions";
import type { FieldRow } from "@/lib/domain/filings/document-fields";
import { pick, toLocale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";
import { useWorkspaceFocus } from "@/components/filings/workspace/workspace-context";
import { sameReading, type FieldReading } from "@/components/filings/workspace/document-reads";

interface Props {
  filingId: number;
  rows: FieldRow[];
  severityByPath: Record<string, "error" | "warning">;
  individual: boolean;
  /** What the documents say for the compared fields, by path. */
  readings: Record<string, FieldReading>;
}

/** A reveal shows the entered number and what the document says for it, in one audited step. */
type Revealed = { value: string; onDocument: string | null };

function groupTitle(t: ReturnType<typeof useTranslations<"workspace">>, row: FieldRow, individual: boolean): string {
  if (row.group === "website") return t("groups.website", { n: (row.website ?? 0) + 1 });
  if (row.group === "subject" && individual) return t("groups.subjectIndividual");
  return t(`groups.${row.group}`);
}

export function FilingFields({ filingId, rows, severityByPath, individual, readings }: Props) {
  const t = useTranslations("workspace");
  const locale = toLocale(useLocale());
  const { activeField, focus } = useWorkspaceFocus();
  const [revealed, setRevealed] = useState<Record<string, Revealed>>({});
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
              const shown = revealed[row.path]?.value ?? row.display;
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
                  <dd className="min-w-0 space-y-0.5">
                    <div className="flex min-w-0 items-center gap-2 break-all">
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
                              if (result.ok) setRevealed((r) => ({ ...r, [row.path]: result.data }));
                            });
                          }}
                        >
                          <EyeIcon className="size-3" aria-hidden />
                          {t("reveal")}
                        </button>
                      ) : null}
                    </div>
                    {readings[row.path] ? (
                      <OnDocument
                        reading={readings[row.path]}
                        revealed={revealed[row.path]}
                        pii={row.pii !== null}
                        severity={severity}
                        onOpen={() => focus({ field: row.path, material: readings[row.path].material })}
                      />
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

/** "证件上 / On the document": what was read beside what was entered; opens the document at the box. */
function OnDocument({
  reading,
  revealed,
  pii,
  severity,
  onOpen,
}: {
  reading: FieldReading;
  revealed: Revealed | undefined;
  pii: boolean;
  severity: "error" | "warning" | undefined;
  onOpen: () => void;
}) {
  const t = useTranslations("workspace.documents");
  const text = revealed?.onDocument ?? reading.text;
  // Masked values can look alike; once both are in full, compare them here.
  const mismatch = revealed?.onDocument != null ? !sameReading(revealed.onDocument, revealed.value) : reading.mismatch;
  const strong = severity === "error";
  return (
    <button
      type="button"
      data-testid="field-on-document"
      data-mismatch={mismatch || undefined}
      title={t("showOnDocument")}
      onClick={(event) => {
        event.stopPropagation();
        onOpen();
      }}
      className={cn(
        "-mx-1 flex max-w-full flex-wrap items-center gap-x-1 rounded px-1 text-left text-xs hover:bg-accent",
        mismatch ? (strong ? "text-destructive" : "text-warning-foreground") : "text-muted-foreground",
      )}
    >
      <ScanTextIcon className="size-3 shrink-0" aria-hidden />
      <span className="shrink-0">{t("onDocument")}</span>
      {/* A masked number wraps as a whole, never in the middle of its asterisks. */}
      <span className={cn(pii ? "whitespace-nowrap font-mono" : "min-w-0 break-all", mismatch && "font-medium")}>{text || "—"}</span>
      {mismatch ? (
        <Badge variant={strong ? "error" : "warning"} className="shrink-0 px-1 py-0 text-[10px]">
          {t("differs")}
        </Badge>
      ) : null}
    </button>
  );
}
