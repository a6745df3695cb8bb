import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/shell/nav-link";

export async function AuditTabs() {
  const t = await getTranslations("audit.tabs");
  return (
    <nav aria-label={t("log")} className="flex gap-1 border-b pb-2">
      <NavLink href="/audit" testId="audit-tab-log" exact>
        {t("log")}
      </NavLink>
      <NavLink href="/audit/qa" testId="audit-tab-qa">
        {t("qa")}
      </NavLink>
      <NavLink href="/audit/stats" testId="audit-tab-stats">
        {t("stats")}
      </NavLink>
      <NavLink href="/audit/rules" testId="audit-tab-rules">
        {t("rules")}
      </NavLink>
    </nav>
  );
}
