"use client";

import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import type { DocumentFlag, ViewerBox } from "@/components/filings/workspace/document-reads";
import { cn } from "@/lib/utils";

interface Props {
  boxes: ViewerBox[];
  /** The material's kind: 名称 on a licence, 姓名 on an ID card. */
  kind: string;
  material: number;
  activeField: string | null;
}

const COLOR: Record<DocumentFlag | "read", string> = {
  read: "var(--color-primary)",
  warning: "var(--color-warning)",
  error: "var(--color-destructive)",
};

/**
 * The fields read on one document, drawn inside the viewer's transformed element so they follow
 * zoom, pan and rotation. Outlines and chips are divided by the zoom (--viewer-scale) to keep
 * one on-screen size: a 4× zoom must not turn a hairline into a bar over the text being read.
 */
export function DocumentBoxes({ boxes, kind, material, activeField }: Props) {
  const t = useTranslations("workspace.documents");
  const label = useDocumentFieldLabel(kind);
  return (
    <div className="pointer-events-none absolute inset-0">
      {boxes.map((box) => {
        const active = box.path !== null && box.path === activeField;
        const color = COLOR[box.flag ?? "read"];
        const name = label(box.readerField);
        const chip = chipPlace(box);
        const style: CSSProperties = {
          left: `${box.left}%`,
          top: `${box.top}%`,
          width: `${box.width}%`,
          height: `${box.height}%`,
          boxShadow: active
            ? `0 0 0 calc(2.5px / var(--viewer-scale, 1)) ${color}, 0 0 0 calc(6px / var(--viewer-scale, 1)) color-mix(in oklab, ${color} 30%, transparent)`
            : `0 0 0 calc(1.25px / var(--viewer-scale, 1)) ${color}`,
          backgroundColor: `color-mix(in oklab, ${color} ${active ? 18 : 8}%, transparent)`,
        };
        return (
          <div
            key={`${box.field}-${box.left}-${box.top}`}
            data-testid="document-box"
            data-field={box.field}
            data-material={material}
            data-flag={box.flag ?? undefined}
            data-active={active || undefined}
            title={t("boxTitle", { label: name, text: box.text })}
            className="pointer-events-auto absolute rounded-[2px] transition-shadow"
            style={style}
          >
            <span
              className={cn(
                "absolute whitespace-nowrap rounded-sm px-1 text-[10px] font-medium leading-4 shadow-sm",
                box.flag === "warning" ? "text-warning-foreground" : "text-white",
                CHIP_CLASS[chip],
                active ? "font-semibold" : "opacity-90",
              )}
              style={{ backgroundColor: color, transform: CHIP_TRANSFORM[chip] }}
            >
              {name}
            </span>
          </div>
        );
      })}
    </div>
  );
}

type ChipPlace = "right" | "left" | "above" | "below";

// Beside the value, where a document usually leaves blank space; for a value running to the right
// edge, on the printed label before it (which says the same). Above (or, at the top edge, below)
// covers the line before the value, so it is the last resort.
function chipPlace(box: ViewerBox): ChipPlace {
  if (box.left + box.width < 85) return "right";
  if (box.left > 12) return "left";
  return box.top < 6 ? "below" : "above";
}

const CHIP_CLASS: Record<ChipPlace, string> = {
  right: "left-full top-1/2 ml-[calc(3px/var(--viewer-scale,1))] origin-left",
  left: "right-full top-1/2 mr-[calc(3px/var(--viewer-scale,1))] origin-right",
  above: "bottom-full left-0 mb-px origin-bottom-left",
  below: "left-0 top-full mt-px origin-top-left",
};

const UNZOOM = "scale(calc(1 / var(--viewer-scale, 1)))";
const CHIP_TRANSFORM: Record<ChipPlace, string> = {
  right: `translateY(-50%) ${UNZOOM}`,
  left: `translateY(-50%) ${UNZOOM}`,
  above: UNZOOM,
  below: UNZOOM,
};

/** Short labels as the document prints them; a field the UI has no label for shows its reader name. */
function useDocumentFieldLabel(kind: string): (field: string) => string {
  const t = useTranslations("workspace.documents.field");
  return (field) => {
    const key = field === "name" && kind !== "subject_certificate" ? "personName" : field;
    return t.has(key) ? t(key) : field;
  };
}
