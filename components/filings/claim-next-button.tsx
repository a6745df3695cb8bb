"use client";

import { ChevronsRightIcon } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { claimNextAction } from "@/lib/web/actions/queue-actions";
import { Button } from "@/components/ui/button";
import { useKeyboardShortcuts } from "@/lib/hooks/use-keyboard-shortcuts";

export function ClaimNextButton() {
  const t = useTranslations("queue");
  const searchParams = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(claimNextAction, null);
  useKeyboardShortcuts({ n: () => formRef.current?.requestSubmit() });

  return (
    <form ref={formRef} action={action} className="flex items-center gap-2">
      <input type="hidden" name="query" value={searchParams.toString()} />
      {state && !state.ok && state.error === "empty" && !pending ? (
        <span role="status" className="text-sm text-muted-foreground" data-testid="claim-next-empty">
          {t("nothingToClaim")}
        </span>
      ) : null}
      <Button type="submit" disabled={pending} data-testid="claim-next" title={t("claimNextHint")}>
        <ChevronsRightIcon aria-hidden />
        {t("claimNext")}
        <kbd className="ml-1 border-primary-foreground/30 bg-primary-foreground/15 text-primary-foreground">N</kbd>
      </Button>
    </form>
  );
}
