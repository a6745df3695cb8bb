import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getOptionalUser } from "@/lib/web/guards";
import { getConsoleStatus } from "@/lib/services/console/console-status";
import { safeCallbackPath } from "@/lib/web/safe-callback";
import { LoginForm } from "@/app/(auth)/login/login-form";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("submit") };
}

export default async function LoginPage(props: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await props.searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getOptionalUser()) redirect(target);
  const t = await getTranslations();
  const demo = getConsoleStatus().demo;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-gradient-to-b from-background to-accent/60 p-6">
      <div className="absolute right-4 top-4">
        <LanguageSwitch />
      </div>
      <div className="w-full max-w-sm rounded-xl border bg-card p-7 shadow-sm">
        <div className="mb-6 space-y-1">
          <div className="flex items-center gap-2 text-primary">
            <span className="grid size-8 place-items-center rounded-md bg-primary text-sm font-bold text-primary-foreground">备</span>
            <span className="text-sm font-semibold tracking-wide">{t("app.name")}</span>
          </div>
          <h1 className="pt-3 text-xl font-semibold">{t("login.title")}</h1>
          <p className="text-sm text-muted-foreground">{t("login.subtitle")}</p>
        </div>
        <LoginForm callbackUrl={target} />
        {demo ? <p className="mt-5 rounded-md bg-muted px-3 py-2 text-xs text-muted-foreground">{t("login.demoHint")}</p> : null}
      </div>
    </main>
  );
}
