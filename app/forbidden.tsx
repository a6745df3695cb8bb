import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-8 text-center" data-testid="forbidden">
      <p className="text-5xl font-semibold text-muted-foreground">403</p>
      <h1 className="text-lg font-semibold">{t("forbiddenTitle")}</h1>
      <p className="max-w-md text-sm text-muted-foreground">{t("forbiddenBody")}</p>
      <Button asChild variant="outline">
        <IntentLink href="/filings">{t("backToQueue")}</IntentLink>
      </Button>
    </main>
  );
}
