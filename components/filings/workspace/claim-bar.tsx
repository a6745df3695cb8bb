"use client";

import { LockIcon, UnlockIcon, UserCheckIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { claimAction, releaseAction, renewClaimAction } from "@/lib/web/actions/workspace-actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/web/action";
import { useHydrated } from "@/lib/hooks/use-hydrated";

const RENEW_EVERY_MS = 5 * 60 * 1000;
const CLAIM_FAILURES = new Set(["held_by_other", "not_pending", "not_found"]);

interface Props {
  filingId: number;
  pending: boolean;
  holder: { email: string; name: string; expiresAt: number } | null;
  me: { email: string; role: "reviewer" | "lead" };
}

export function ClaimBar({ filingId, pending, holder, me }: Props) {
  const t = useTranslations("workspace.claim");
  const format = useFormatter();
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const mine = holder?.email === me.email;
  const lastRenew = useRef(0);
  const hydrated = useHydrated();

  // The claim lasts 30 minutes and is renewed while the reviewer is active on the page.
  useEffect(() => {
    if (!mine || !pending) return;
    lastRenew.current = Date.now();
    const onActivity = () => {
      if (Date.now() - lastRenew.current < RENEW_EVERY_MS) return;
      lastRenew.current = Date.now();
      void renewClaimAction({ filingId });
    };
    window.addEventListener("pointerdown", onActivity);
    window.addEventListener("keydown", onActivity);
    window.addEventListener("scroll", onActivity, { passive: true });
    return () => {
      window.removeEventListener("pointerdown", onActivity);
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("scroll", onActivity);
    };
  }, [mine, pending, filingId]);

  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok && CLAIM_FAILURES.has(result.error)) setError(t(`failed.${result.error as "held_by_other"}`));
      router.refresh();
    });

  return (
    <div className="flex items-center gap-2 text-sm" data-testid="claim-bar" data-hydrated={hydrated ? "true" : undefined}>
      <span
        data-testid="claim-status"
        data-holder={holder?.email ?? ""}
        className="inline-flex items-center gap-1.5 rounded-md border bg-muted/60 px-2 py-1"
      >
        {holder ? (
          <LockIcon className="size-3.5 text-primary" aria-hidden />
        ) : (
          <UnlockIcon className="size-3.5 text-muted-foreground" aria-hidden />
        )}
        {holder ? (mine ? t("heldByMe") : t("heldBy", { name: holder.name })) : t("unclaimed")}
        {holder ? (
          <span className="text-xs text-muted-foreground">
            {t("until", { time: format.dateTime(holder.expiresAt, { hour: "2-digit", minute: "2-digit" }) })}
          </span>
        ) : null}
      </span>
      {pending && !holder ? (
        <Button size="sm" onClick={() => run(() => claimAction({ filingId }))} disabled={busy} data-testid="claim-button">
          <UserCheckIcon aria-hidden />
          {t("claim")}
        </Button>
      ) : null}
      {holder && (mine || me.role === "lead") ? (
        <Button
          size="sm"
          variant="outline"
          onClick={() => run(() => releaseAction({ filingId }))}
          disabled={busy}
          data-testid="release-button"
        >
          {mine ? t("release") : t("releaseOther")}
        </Button>
      ) : null}
      {error ? (
        <span role="alert" className="text-xs text-destructive" data-testid="claim-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
