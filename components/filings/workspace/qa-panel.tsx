"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { qaReviewAction } from "@/lib/web/actions/workspace-actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { QaError } from "@/lib/services/qa/second-review";
import { cn } from "@/lib/utils";

interface Props {
  decisionId: number;
  ownDecision: boolean;
  review: { verdict: "agree" | "overturn"; note: string; leadName: string } | null;
}

export function QaPanel({ decisionId, ownDecision, review }: Props) {
  const t = useTranslations("workspace.qa");
  const router = useRouter();
  const [verdict, setVerdict] = useState<"agree" | "overturn" | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<QaError | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <section className="space-y-2 rounded-lg border bg-card p-3" aria-labelledby="qa-title" data-testid="qa-panel">
      <h2 id="qa-title" className="text-sm font-semibold">
        {t("title")}
      </h2>
      {review ? (
        <p className="text-sm" data-testid="qa-result" data-verdict={review.verdict}>
          {t("done", { name: review.leadName, verdict: t(`verdict.${review.verdict}`) })}
          {review.note ? <span className="block text-xs text-muted-foreground">{review.note}</span> : null}
        </p>
      ) : ownDecision ? (
        <p className="text-sm text-muted-foreground" data-testid="qa-own">
          {t("ownDecision")}
        </p>
      ) : (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!verdict) return;
            startTransition(async () => {
              const result = await qaReviewAction({ decisionId, verdict, note });
              if (result.ok) router.refresh();
              else setError(result.error as QaError);
            });
          }}
        >
          <div className="grid grid-cols-2 gap-2" role="radiogroup" aria-label={t("title")}>
            <Button
              type="button"
              role="radio"
              aria-checked={verdict === "agree"}
              variant={verdict === "agree" ? "success" : "outline"}
              onClick={() => setVerdict("agree")}
              data-testid="qa-agree"
            >
              {t("agree")}
            </Button>
            <Button
              type="button"
              role="radio"
              aria-checked={verdict === "overturn"}
              variant={verdict === "overturn" ? "destructive" : "outline"}
              onClick={() => setVerdict("overturn")}
              data-testid="qa-overturn"
            >
              {t("overturn")}
            </Button>
          </div>
          <label htmlFor="qa-note" className="sr-only">
            {t("note")}
          </label>
          <Textarea
            id="qa-note"
            placeholder={t("note")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            data-testid="qa-note"
            className={cn(error === "needs_note" && "border-destructive")}
          />
          {error ? (
            <p role="alert" className="text-sm text-destructive" data-testid="qa-error">
              {t(`errors.${error}`)}
            </p>
          ) : null}
          <Button type="submit" className="w-full" disabled={!verdict || pending} data-testid="qa-submit">
            {t("submit")}
          </Button>
        </form>
      )}
    </section>
  );
}
