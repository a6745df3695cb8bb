import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/guards";

export default async function RulesPage() {
  await requireUser();
  const t = await getTranslations("nav");
  return (
    <div className="p-6">
      <h1 className="text-lg font-semibold">{t("rules")}</h1>
    </div>
  );
}
