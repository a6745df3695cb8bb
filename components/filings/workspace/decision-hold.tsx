"use client";

import { HourglassIcon, Undo2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { undoDecisionAction } from "@/lib/web/actions/workspace-actions";
import { formatTimeLeft } from "@/lib/domain/time/countdown";

/**
 * A decision in its undo window, in the workspace's decision panel: the time left until it goes
 * out and, for the reviewer who made it, 撤销 / Undo. When the window closes the page reloads to
 * show the decision as final.
 */
export function DecisionHold({
  decisionId,
  holdUntil,
  serverNow,
  canUndo,
}: {
  decisionId: number;
  holdUntil: number;
  serverNow: number;
  canUndo: boolean;
}) {
  const t = useTranslations("workspace.hold");
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [failed, setFailed] = useState<string | null>(null);
  // The server's clock carried forward by the browser's: a wrong clock in the browser does not move the window.
  const [offset] = useState(() => serverNow - Date.now());
  const [now, setNow] = useState(serverNow);
  const open = holdUntil > now;
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset, open]);
  useEffect(() => {
    if (!open) router.refresh();
  }, [open, router]);

  return (
    <div
      className="mt-2 flex items-center gap-3 rounded-md border border-dashed px-3 py-2 text-sm"
      data-testid="decision-hold"
      data-release-at={new Date(holdUntil).toISOString()}
      data-open={open || undefined}
    >
      <HourglassIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      <p className="min-w-0 flex-1 text-xs text-muted-foreground" aria-live="polite">
        {open ? t("held", { time: formatTimeLeft(holdUntil - now) }) : t("released")}
        {failed ? <span className="block text-destructive">{t(`errors.${failed}`)}</span> : null}
      </p>
      {canUndo ? (
        <Button
          size="sm"
          variant="outline"
          disabled={!open || busy}
          data-testid="decision-undo"
          onClick={() =>
            startTransition(async () => {
              const result = await undoDecisionAction({ decisionId });
              if (!result.ok) setFailed(result.error);
              router.refresh();
            })
          }
        >
          <Undo2Icon aria-hidden />
          {t("undo")}
        </Button>
      ) : null}
    </div>
  );
}
