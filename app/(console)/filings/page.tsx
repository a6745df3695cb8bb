import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/guards";

export default async function FilingsPage() {
  await requireUser();
  const t = await getTranslations("nav");
  return (
    <div className="p-6">
      <h1 className="text-lg font-semibold">{t("queue")}</h1>
    </div>
  );
}
