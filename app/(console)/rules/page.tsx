import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/web/guards";
import { pick, toLocale } from "@/lib/i18n/locales";
import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { PROVINCE_COLUMNS, PROVINCE_TABLE, RULE_SET_VERSION, RULES, type ProvinceRow } from "@/lib/domain/rules";
import { PROVINCES } from "@/lib/domain/validation/constants";
import { PROVINCE_LABELS } from "@/lib/domain/validation/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

export default async function RulesPage() {
  await requireUser();
  const t = await getTranslations("rules");
  const locale = toLocale(await getLocale());

  const cell = (key: (typeof PROVINCE_COLUMNS)[number]["key"], row: ProvinceRow) => {
    const value = row[key];
    if (typeof value === "boolean") return value ? t("values.yes") : t("values.no");
    if (key === "legalRep") return t(`values.legalRep.${value as ProvinceRow["legalRep"]}`);
    if (key === "outOfProvinceId") return t(`values.outOfProvinceId.${value as ProvinceRow["outOfProvinceId"]}`);
    return t(`values.officeMobileRemark.${value as ProvinceRow["officeMobileRemark"]}`);
  };

  return (
    <div className="mx-auto max-w-[1400px] space-y-6 p-4">
      <header className="space-y-1">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("intro")}</p>
        <p className="text-xs text-muted-foreground">{t("version", { version: RULE_SET_VERSION })}</p>
      </header>

      <section aria-labelledby="catalog-title" className="space-y-2">
        <h2 id="catalog-title" className="text-base font-semibold">
          {t("catalog")} · {RULES.length}
        </h2>
        <div className="overflow-x-auto rounded-lg border bg-card">
          <table className="w-full text-sm" data-testid="rules-table">
            <thead className="bg-muted/60 text-left text-xs text-muted-foreground">
              <tr>
                <th className="px-3 py-2">{t("columns.id")}</th>
                <th className="px-3 py-2">{t("columns.severity")}</th>
                <th className="px-3 py-2">{t("columns.description")}</th>
                <th className="px-3 py-2">{t("columns.reason")}</th>
                <th className="px-3 py-2">{t("columns.source")}</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {RULES.map((rule) => {
                const reason = reasonByCode(rule.reason);
                return (
                  <tr
                    key={rule.id}
                    id={rule.id}
                    data-testid="rule-row"
                    data-rule={rule.id}
                    className="scroll-mt-20 align-top target:bg-primary/5"
                  >
                    <td className="whitespace-nowrap px-3 py-2 font-mono text-xs font-medium">
                      <a href={`#${rule.id}`} className="hover:underline">
                        {rule.id}
                      </a>
                    </td>
                    <td className="px-3 py-2">
                      <Badge variant={rule.severity === "error" ? "error" : "warning"}>{t(`severity.${rule.severity}`)}</Badge>
                    </td>
                    <td className="max-w-xl px-3 py-2">
                      <p>{pick(rule.description, locale)}</p>
                      <p className="text-xs text-muted-foreground">{pick(rule.description, locale === "en" ? "zh-CN" : "en")}</p>
                      <p className="mt-1 text-xs text-muted-foreground">
                        {t("columns.appliesTo")}: {pick(rule.appliesTo, locale)}
                      </p>
                    </td>
                    <td className="px-3 py-2 text-xs">
                      <span className="font-mono">{rule.reason}</span>
                      {reason ? <span className="block text-muted-foreground">{pick(reason, locale)}</span> : null}
                    </td>
                    <td className="max-w-sm px-3 py-2 text-xs">
                      <span className="font-mono">{rule.source}</span>
                      {rule.sourceQuote ? (
                        <blockquote className="mt-1 whitespace-pre-line border-l-2 pl-2 text-muted-foreground">
                          {rule.sourceQuote}
                        </blockquote>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="provinces-title" className="space-y-2">
        <h2 id="provinces-title" className="text-base font-semibold">
          {t("provinces")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("provincesIntro")}</p>
        <div className="overflow-x-auto rounded-lg border bg-card">
          <table className="w-full text-xs" data-testid="province-table">
            <thead className="bg-muted/60 text-left text-muted-foreground">
              <tr>
                <th className="px-2 py-2">{t("province")}</th>
                {PROVINCE_COLUMNS.map((c) => (
                  <th key={c.key} className="px-2 py-2" title={c.source}>
                    {pick(c.label, locale)}
                  </th>
                ))}
                <th className="px-2 py-2">{t("sourceColumn")}</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {PROVINCES.map((province) => (
                <tr key={province} data-testid="province-row" data-province={province}>
                  <td className="whitespace-nowrap px-2 py-1.5 font-medium">{pick(PROVINCE_LABELS[province], locale)}</td>
                  {PROVINCE_COLUMNS.map((c) => (
                    <td key={c.key} className="px-2 py-1.5">
                      {cell(c.key, PROVINCE_TABLE[province])}
                    </td>
                  ))}
                  <td className="px-2 py-1.5 text-muted-foreground">{PROVINCE_TABLE[province].source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
