"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ConsoleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto mt-16 max-w-md space-y-3 rounded-lg border bg-card p-6 text-center" data-testid="page-error">
      <h1 className="text-lg font-semibold">{t("genericTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("genericBody")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
