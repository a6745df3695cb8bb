"use client";

import { Undo2Icon } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { formatTimeLeft } from "@/lib/domain/time/countdown";
import { undoDecisionAction } from "@/lib/web/actions/workspace-actions";

export interface HeldDecision {
  id: number;
  filingId: number;
  externalId: string;
  outcome: "approved" | "rejected";
  holdUntil: number;
}

/**
 * The reviewer's decisions still in their undo window, on every page: "submit and next" moves on,
 * and the undo stays one click away until the window closes. The decided filing's own page shows
 * its undo in the decision panel instead.
 */
export function HeldDecisionsToast({ held, serverNow }: { held: HeldDecision[]; serverNow: number }) {
  const t = useTranslations("workspace.hold");
  const pathname = usePathname();
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  // The server's clock, carried forward by the browser's: the countdown does not depend on the browser's time being right.
  const [offset] = useState(() => serverNow - Date.now());
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset]);

  const visible = held.filter((d) => d.holdUntil > now && pathname !== `/filings/${d.filingId}`);
  if (visible.length === 0) return null;
  return (
    <div className="fixed bottom-4 right-4 z-50 w-80 space-y-2" role="status" aria-live="polite">
      {visible.slice(0, 3).map((d) => {
        return (
          <div
            key={d.id}
            className="flex items-center gap-3 rounded-lg border bg-card p-3 text-sm shadow-lg"
            data-testid="held-decision-toast"
            data-filing-id={d.filingId}
          >
            <div className="min-w-0 flex-1">
              <p className="truncate">
                {t(d.outcome === "approved" ? "toastApproved" : "toastRejected")}{" "}
                <IntentLink href={`/filings/${d.filingId}`} className="font-mono text-xs text-primary hover:underline">
                  {d.externalId}
                </IntentLink>
              </p>
              <p className="text-xs text-muted-foreground">{t("timeLeft", { time: formatTimeLeft(d.holdUntil - now) })}</p>
            </div>
            <Button
              size="sm"
              variant="outline"
              disabled={busy}
              data-testid="held-decision-undo"
              onClick={() =>
                startTransition(async () => {
                  const result = await undoDecisionAction({ decisionId: d.id });
                  if (result.ok) router.push(`/filings/${result.data.filingId}`);
                  else router.refresh();
                })
              }
            >
              <Undo2Icon aria-hidden />
              {t("undo")}
            </Button>
          </div>
        );
      })}
    </div>
  );
}
