"use client";

import { ColumnsIcon, FilmIcon, XIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { WorkspaceMaterial } from "@/lib/services/workspace/workspace-view";
import { pick, toLocale } from "@/lib/i18n/locales";
import { MATERIAL_KIND_LABELS } from "@/lib/domain/validation/labels";
import type { MaterialKind } from "@/lib/domain/validation/constants";
import { materialUrl } from "@/lib/domain/images/material-url";
import { cn } from "@/lib/utils";
import { ImageViewer } from "@/components/filings/workspace/image-viewer";
import { useWorkspaceFocus } from "@/components/filings/workspace/workspace-context";
import { useDocumentViews } from "@/components/filings/workspace/document-views";
import type { ViewerBox } from "@/components/filings/workspace/document-reads";

interface Props {
  materials: WorkspaceMaterial[];
  flaggedMaterials: Record<number, "error" | "warning">;
  /** The fields read on each document, by material index. */
  documentBoxes: Record<number, ViewerBox[]>;
}

export function ImagePanel({ materials, flaggedMaterials, documentBoxes }: Props) {
  const t = useTranslations("workspace.images");
  const locale = toLocale(useLocale());
  const { activeMaterial, setActiveMaterial } = useWorkspaceFocus();
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const [comparing, setComparing] = useState(false);

  const label = (m: WorkspaceMaterial) => {
    const kind = pick(MATERIAL_KIND_LABELS[m.kind as MaterialKind] ?? { zh: m.kind, en: m.kind }, locale);
    return m.website !== null ? `${kind} · ${t("website", { n: m.website + 1 })}` : kind;
  };
  const active = materials.find((m) => m.idx === activeMaterial) ?? materials[0];
  const other = materials.find((m) => m.idx === compareWith);

  // The large viewer's documents, for the record of what was looked at before deciding.
  const { setDisplayed } = useDocumentViews();
  const shown = [active?.idx, comparing ? other?.idx : undefined].filter((i): i is number => i !== undefined);
  const shownKey = shown.join(",");
  useEffect(() => {
    setDisplayed(shownKey === "" ? [] : shownKey.split(",").map(Number));
  }, [shownKey, setDisplayed]);

  const main = (m: WorkspaceMaterial | undefined, prefix: string) => {
    if (!m) return null;
    if (m.mediaType.startsWith("video/")) {
      return (
        <div className="flex h-full flex-col">
          <div className="border-b px-2 py-1.5 text-xs font-medium">{label(m)}</div>
          <video key={m.id} controls preload="metadata" className="min-h-0 flex-1 bg-black" data-testid="material-video">
            <source src={materialUrl(m.publicId, "original")} type={m.mediaType} />
          </video>
        </div>
      );
    }
    return (
      <ImageViewer
        key={`${prefix}-${m.id}`}
        materialId={m.publicId}
        title={label(m)}
        testIdPrefix={prefix}
        material={{ index: m.idx, kind: m.kind, width: m.width, height: m.height }}
        boxes={documentBoxes[m.idx]}
      />
    );
  };

  return (
    <section data-testid="image-panel" aria-label={t("title")} className="flex h-full min-h-0 flex-col rounded-lg border bg-card">
      <div className="flex items-center gap-2 border-b px-3 py-2">
        <h2 className="text-sm font-semibold">{t("title")}</h2>
        <span className="text-xs text-muted-foreground">{materials.length}</span>
        {materials.length > 1 ? (
          <Button
            variant={comparing ? "secondary" : "ghost"}
            size="sm"
            className="ml-auto"
            data-testid="image-compare"
            onClick={() => {
              setComparing((c) => !c);
              if (compareWith === null)
                setCompareWith(materials.find((m) => m.idx !== active?.idx && !m.mediaType.startsWith("video/"))?.idx ?? null);
            }}
          >
            {comparing ? <XIcon aria-hidden /> : <ColumnsIcon aria-hidden />}
            {comparing ? t("closeCompare") : t("compare")}
          </Button>
        ) : null}
      </div>
      {materials.length === 0 ? (
        <p className="p-4 text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <>
          <ul className="flex gap-2 overflow-x-auto border-b p-2" aria-label={t("title")}>
            {materials.map((m) => {
              const flag = flaggedMaterials[m.idx];
              const selected = m.idx === active?.idx;
              return (
                <li key={m.id} className="shrink-0">
                  <button
                    type="button"
                    data-testid="material"
                    data-material-kind={m.kind}
                    data-material-index={m.idx}
                    aria-pressed={selected}
                    title={label(m)}
                    // While comparing, the strip picks the right-hand document; the left one stays put.
                    onClick={() => (comparing && !m.mediaType.startsWith("video/") ? setCompareWith(m.idx) : setActiveMaterial(m.idx))}
                    className={cn(
                      "relative flex w-24 flex-col items-center gap-1 rounded-md border p-1 text-left hover:bg-accent",
                      selected && "border-primary ring-2 ring-primary/40",
                      comparing && m.idx === compareWith && "border-dashed border-primary",
                      flag === "error" && "border-destructive",
                      flag === "warning" && !selected && "border-warning",
                    )}
                  >
                    {m.mediaType.startsWith("video/") ? (
                      <span className="grid h-16 w-full place-items-center rounded bg-foreground/90 text-background">
                        <FilmIcon aria-hidden />
                      </span>
                    ) : (
                      // eslint-disable-next-line @next/next/no-img-element -- served by the authenticated materials route
                      <img
                        src={materialUrl(m.publicId, "thumb")}
                        alt=""
                        // The large document comes first. A low priority alone still sends every thumbnail
                        // with it, and the server then answers all of them together; lazy ones are asked
                        // for after the first layout, when the document is already on its way (bench/README.md).
                        loading="lazy"
                        fetchPriority="low"
                        decoding="async"
                        className="h-16 w-full rounded object-cover"
                        data-testid="material-thumb"
                      />
                    )}
                    <span className="line-clamp-2 w-full text-[11px] leading-tight">{label(m)}</span>
                    {flag ? (
                      <span
                        className={cn("absolute right-1 top-1 size-2 rounded-full", flag === "error" ? "bg-destructive" : "bg-warning")}
                        aria-hidden
                      />
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
          {comparing ? (
            <div className="px-3 pt-1 text-xs text-muted-foreground">
              <select
                className="h-7 rounded border border-input bg-card px-1 text-xs text-foreground"
                value={compareWith ?? ""}
                onChange={(e) => setCompareWith(Number(e.target.value))}
                aria-label={t("compareWith")}
                data-testid="image-compare-select"
              >
                {materials
                  .filter((m) => !m.mediaType.startsWith("video/"))
                  .map((m) => (
                    <option key={m.id} value={m.idx}>
                      {label(m)}
                    </option>
                  ))}
              </select>
            </div>
          ) : null}
          <div className={cn("min-h-[420px] flex-1", comparing && other ? "grid grid-cols-2 divide-x" : "flex flex-col")}>
            {main(active, "image")}
            {comparing && other ? main(other, "compare") : null}
          </div>
        </>
      )}
    </section>
  );
}
