"use client";

import { ExternalLinkIcon, MaximizeIcon, RotateCwIcon, ZoomInIcon, ZoomOutIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type PointerEvent, type WheelEvent } from "react";
import { Button } from "@/components/ui/button";

const MIN_SCALE = 0.25;
const MAX_SCALE = 8;

interface Props {
  /** The material's public id (its URL segment). */
  materialId: string;
  title: string;
  testIdPrefix?: string;
}

/** One document: zoom (buttons and wheel), drag to pan, rotate by 90°, fit. */
export function ImageViewer({ materialId, title, testIdPrefix = "image" }: Props) {
  const t = useTranslations("workspace.images");
  const [scale, setScale] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; ox: number; oy: number } | null>(null);

  const zoom = (factor: number) => setScale((s) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s * factor)));
  const fit = () => {
    setScale(1);
    setOffset({ x: 0, y: 0 });
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15);
  };
  const onPointerDown = (event: PointerEvent) => {
    (event.target as HTMLElement).setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, ox: offset.x, oy: offset.y };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag.current) return;
    setOffset({ x: drag.current.ox + event.clientX - drag.current.x, y: drag.current.oy + event.clientY - drag.current.y });
  };

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-1 border-b px-2 py-1">
        <span className="mr-auto truncate text-xs font-medium" title={title}>
          {title}
        </span>
        <span className="w-12 text-right text-xs tabular-nums text-muted-foreground" data-testid={`${testIdPrefix}-scale`}>
          {Math.round(scale * 100)}%
        </span>
        <Button
          variant="ghost"
          size="icon"
          onClick={() => zoom(1 / 1.25)}
          aria-label={t("zoomOut")}
          title={t("zoomOut")}
          data-testid={`${testIdPrefix}-zoom-out`}
        >
          <ZoomOutIcon aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          onClick={() => zoom(1.25)}
          aria-label={t("zoomIn")}
          title={t("zoomIn")}
          data-testid={`${testIdPrefix}-zoom-in`}
        >
          <ZoomInIcon aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          onClick={() => setRotation((r) => (r + 90) % 360)}
          aria-label={t("rotate")}
          title={t("rotate")}
          data-testid={`${testIdPrefix}-rotate`}
        >
          <RotateCwIcon aria-hidden />
        </Button>
        <Button variant="ghost" size="icon" onClick={fit} aria-label={t("fit")} title={t("fit")} data-testid={`${testIdPrefix}-fit`}>
          <MaximizeIcon aria-hidden />
        </Button>
        <Button variant="ghost" size="icon" asChild>
          <a
            href={`/api/materials/${materialId}/original`}
            target="_blank"
            rel="noreferrer"
            aria-label={t("original")}
            title={t("original")}
          >
            <ExternalLinkIcon aria-hidden />
          </a>
        </Button>
      </div>
      <div
        className="relative min-h-0 flex-1 cursor-grab touch-none overflow-hidden bg-[repeating-conic-gradient(var(--color-muted)_0_25%,transparent_0_50%)] bg-[length:16px_16px] active:cursor-grabbing"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onDoubleClick={fit}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- PII images never pass through the image optimizer */}
        <img
          src={`/api/materials/${materialId}/preview`}
          alt={title}
          draggable={false}
          data-testid={`${testIdPrefix}-main`}
          data-scale={scale}
          data-rotation={rotation}
          className="absolute inset-0 m-auto max-h-full max-w-full select-none object-contain transition-transform duration-100"
          style={{ transform: `translate(${offset.x}px, ${offset.y}px) scale(${scale}) rotate(${rotation}deg)` }}
        />
      </div>
    </div>
  );
}
