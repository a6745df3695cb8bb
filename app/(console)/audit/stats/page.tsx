import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/guards";

export default async function Page() {
  await requireRole("lead");
  const t = await getTranslations("nav");
  return (
    <div className="p-6">
      <h1 className="text-lg font-semibold">{t("stats")}</h1>
    </div>
  );
}
