import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { pick, type Locale } from "@/lib/i18n/locales";

/** Reasons as their labels in the UI language; the code shows on hover (and stays in the CSV). */
export function ReasonLabels({ codes, locale }: { codes: string; locale: Locale }) {
  const list = codes ? codes.split(";").filter(Boolean) : [];
  if (list.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex max-w-[20rem] flex-wrap gap-1">
      {list.map((code) => {
        const reason = reasonByCode(code);
        return (
          <span key={code} title={code} data-reason={code} className="rounded bg-muted px-1.5 py-0.5 text-xs">
            {reason ? pick({ zh: reason.zh, en: reason.en }, locale) : code}
          </span>
        );
      })}
    </span>
  );
}
