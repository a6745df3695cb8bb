import { IntentLink } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ConsoleMode } from "@/lib/config/console-mode";
import type { SessionUser } from "@/lib/web/guards";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { NavLink } from "@/components/shell/nav-link";
import { SignOutButton } from "@/components/shell/sign-out-button";

export async function AppHeader({ user, mode }: { user: SessionUser; mode: ConsoleMode }) {
  const t = await getTranslations();
  const lead = user.role === "lead";
  // Solid, not a translucent backdrop blur: without a GPU (remote desktops, headless Chromium)
  // the compositor re-blurs the strip in software on every frame — about one core on two cores.
  return (
    <header className="sticky top-0 z-40 border-b bg-card">
      <div className="flex h-12 items-center gap-4 px-4">
        <IntentLink href="/filings" className="flex items-center gap-2 font-semibold">
          <span className="grid size-7 place-items-center rounded-md bg-primary text-xs font-bold text-primary-foreground">备</span>
          <span className="text-sm">{t("app.name")}</span>
        </IntentLink>
        {mode === "demo" ? (
          <Badge variant="warning" title={t("app.demoBadgeHint")} data-testid="demo-badge" data-mode="demo">
            {t("app.demoBadge")}
          </Badge>
        ) : (
          <Badge variant="muted" title={t("app.productionBadgeHint")} data-testid="mode-badge" data-mode="production">
            {t("app.productionBadge")}
          </Badge>
        )}
        <nav aria-label={t("nav.main")} className="flex items-center gap-1">
          <NavLink href="/filings" testId="nav-queue">
            {t("nav.queue")}
          </NavLink>
          {lead ? (
            <NavLink href="/audit" testId="nav-audit">
              {t("nav.audit")}
            </NavLink>
          ) : null}
          <NavLink href="/rules" testId="nav-rules">
            {t("nav.rules")}
          </NavLink>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <div className="mr-2 flex items-center gap-2 text-sm" data-testid="current-user" data-email={user.email} data-role={user.role}>
            <span className="sr-only">{t("shell.userMenu")}</span>
            <span className="font-medium">{user.name}</span>
            <Badge variant="muted">{t(`roles.${user.role}`)}</Badge>
          </div>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
