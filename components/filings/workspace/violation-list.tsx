"use client";

import { AlertTriangleIcon, ImageIcon, RefreshCwIcon, XCircleIcon } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { recheckAction } from "@/lib/web/actions/workspace-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { WorkspaceViolation } from "@/lib/services/workspace/workspace-view";
import { pick, toLocale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";
import { useWorkspaceFocus } from "@/components/filings/workspace/workspace-context";

export function ViolationList({
  filingId,
  violations,
  ruleSetVersion,
}: {
  filingId: number;
  violations: WorkspaceViolation[];
  ruleSetVersion: string;
}) {
  const t = useTranslations("workspace.violations");
  const locale = toLocale(useLocale());
  const { focus, activeField } = useWorkspaceFocus();
  const [rechecking, startRecheck] = useTransition();
  const errors = violations.filter((v) => v.severity === "error").length;

  return (
    <section aria-labelledby="violations-title" className="rounded-lg border bg-card">
      <header className="flex items-center gap-2 border-b px-3 py-2">
        <h2 id="violations-title" className="text-sm font-semibold">
          {t("title")}
        </h2>
        {errors > 0 ? <Badge variant="error">{t("errors", { count: errors })}</Badge> : null}
        {violations.length - errors > 0 ? <Badge variant="warning">{t("warnings", { count: violations.length - errors })}</Badge> : null}
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto"
          disabled={rechecking}
          onClick={() => startRecheck(async () => void (await recheckAction({ filingId })))}
          title={t("ruleSet", { version: ruleSetVersion })}
          data-testid="recheck"
        >
          <RefreshCwIcon className={cn(rechecking && "animate-spin")} aria-hidden />
          {t("recheck")}
        </Button>
      </header>
      {violations.length === 0 ? (
        <p className="px-3 py-4 text-sm text-muted-foreground" data-testid="violation-list">
          {t("none")}
        </p>
      ) : (
        <ul data-testid="violation-list" className="divide-y">
          {violations.map((v) => (
            <li
              key={v.id}
              data-testid="violation"
              data-rule={v.rule}
              data-severity={v.severity}
              data-path={v.path}
              className={cn("flex cursor-pointer gap-2 px-3 py-2 text-sm hover:bg-accent/60", activeField === v.path && "bg-accent")}
              onClick={() => focus({ field: v.path, material: v.material })}
            >
              {v.severity === "error" ? (
                <XCircleIcon className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="error" />
              ) : (
                <AlertTriangleIcon className="mt-0.5 size-4 shrink-0 text-warning" aria-label="warning" />
              )}
              <div className="min-w-0 flex-1 space-y-0.5">
                <p className="leading-snug">{pick(v.message, locale)}</p>
                <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                  <IntentLink
                    href={`/rules#${v.rule}`}
                    className="font-mono hover:text-primary hover:underline"
                    onClick={(e) => e.stopPropagation()}
                    data-testid="violation-rule-link"
                  >
                    {v.rule}
                  </IntentLink>
                  <span className="font-mono">{v.path}</span>
                  {v.material !== null ? (
                    <span className="inline-flex items-center gap-0.5">
                      <ImageIcon className="size-3" aria-hidden />#{v.material + 1}
                    </span>
                  ) : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
