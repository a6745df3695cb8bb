import { getLocale, getTranslations } from "next-intl/server";
import type { WorkspaceDecision } from "@/lib/services/workspace/workspace-view";
import { pick, toLocale } from "@/lib/i18n/locales";
import type { FieldChange, MaterialChange } from "@/lib/domain/filings/revision-diff";
import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { MATERIAL_KIND_LABELS } from "@/lib/domain/validation/labels";
import type { MaterialKind } from "@/lib/domain/validation/constants";

interface Props {
  from: number;
  fields: FieldChange[];
  materials: MaterialChange[];
  previousRejection: WorkspaceDecision | null;
}

/** "Changes since revision N", beside the reasons the previous rejection gave. */
export async function RevisionDiffPanel({ from, fields, materials, previousRejection }: Props) {
  const t = await getTranslations("workspace.diff");
  const locale = toLocale(await getLocale());
  return (
    <section className="rounded-lg border border-primary/30 bg-primary/5" data-testid="revision-diff" aria-labelledby="diff-title">
      <h2 id="diff-title" className="border-b border-primary/20 px-3 py-2 text-sm font-semibold">
        {t("title", { from })}
      </h2>
      <div className="grid gap-3 p-3 text-sm">
        {previousRejection ? (
          <div>
            <h3 className="mb-1 text-xs font-medium text-muted-foreground">{t("previousReasons")}</h3>
            <ul className="list-disc space-y-0.5 pl-5 text-xs" data-testid="previous-reasons">
              {previousRejection.reasons.map((r, i) => (
                <li key={i}>
                  {reasonByCode(r.code) ? pick(reasonByCode(r.code)!, locale) : r.code}
                  {r.field ? <span className="ml-1 font-mono text-muted-foreground">{r.field}</span> : null}
                  {r.note ? <span className="ml-1">— {r.note}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {fields.length === 0 && materials.length === 0 ? <p className="text-muted-foreground">{t("none")}</p> : null}
        {fields.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-medium text-muted-foreground">{t("fields")}</h3>
            <table className="w-full text-xs">
              <tbody>
                {fields.map((f) => (
                  <tr key={f.path} data-testid="diff-field" data-field={f.path} className="align-top">
                    <td className="py-0.5 pr-2 text-muted-foreground">{pick(f.label, locale)}</td>
                    <td className="py-0.5 pr-2 text-destructive line-through">{f.before || "—"}</td>
                    <td className="py-0.5 text-success">{f.after || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {materials.length > 0 ? (
          <div>
            <h3 className="mb-1 text-xs font-medium text-muted-foreground">{t("materials")}</h3>
            <ul className="space-y-0.5 text-xs">
              {materials.map((m) => (
                <li key={`${m.kind}-${m.website}`} data-testid="diff-material" data-material-kind={m.kind}>
                  {pick(MATERIAL_KIND_LABELS[m.kind as MaterialKind] ?? { zh: m.kind, en: m.kind }, locale)}
                  {m.website !== null ? ` #${m.website + 1}` : ""} — {t(`change.${m.change}`)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
