"use client";

import { LanguagesIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setLocale } from "@/lib/i18n/actions";

export function LanguageSwitch() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "en" ? "zh-CN" : "en";

  return (
    <Button
      variant="ghost"
      size="sm"
      data-testid="language-switch"
      aria-label={t("switchToLabel")}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        })
      }
    >
      <LanguagesIcon aria-hidden />
      {t("switchTo")}
    </Button>
  );
}
