"use client";

import { ExternalLinkIcon, MaximizeIcon, RotateCwIcon, ScanTextIcon, ZoomInIcon, ZoomOutIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type CSSProperties, type PointerEvent, type WheelEvent } from "react";
import { Button } from "@/components/ui/button";
import { DocumentBoxes } from "@/components/filings/workspace/document-boxes";
import type { ViewerBox } from "@/components/filings/workspace/document-reads";
import { useWorkspaceFocus } from "@/components/filings/workspace/workspace-context";
import { cn } from "@/lib/utils";
import { materialUrl } from "@/lib/domain/images/material-url";

const MIN_SCALE = 0.25;
const MAX_SCALE = 8;
/** Zooming to a box stops here: enough to read a number, with the lines around it still in view. */
const MAX_BOX_SCALE = 3;

type Size = { w: number; h: number };

interface Props {
  /** The material's public id (its URL segment). */
  materialId: string;
  title: string;
  testIdPrefix?: string;
  /** The material's index, kind and stored size: where the read fields' boxes go. */
  material?: { index: number; kind: string; width: number | null; height: number | null };
  boxes?: ViewerBox[];
}

/** One document: zoom (buttons and wheel), drag to pan, rotate by 90°, fit; the fields read on it drawn on top. */
export function ImageViewer({ materialId, title, testIdPrefix = "image", material, boxes = [] }: Props) {
  const t = useTranslations("workspace.images");
  const td = useTranslations("workspace.documents");
  const { activeField, boxRequest, boxesShown, setBoxesShown } = useWorkspaceFocus();
  const [scale, setScale] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const [stage, setStage] = useState<Size | null>(null);
  const [natural, setNatural] = useState<Size | null>(null);
  const [servedRequest, setServedRequest] = useState(0);
  const stageRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; ox: number; oy: number } | null>(null);

  useEffect(() => {
    const element = stageRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setStage({ w: entry.contentRect.width, h: entry.contentRect.height }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The frame holding image and boxes gets the image's fitted size, so a box's percentages land on
  // the image and not on letterboxing. The stored size stands in until the preview has loaded.
  const source = natural ?? (material?.width && material.height ? { w: material.width, h: material.height } : null);
  const fitted = stage && source ? fitSize(stage, source) : null;

  // A violation or field row asked for a box on this document: zoom to it once per request
  // (adjusting state while rendering, as React recommends for derived resets).
  if (boxRequest && boxRequest.seq !== servedRequest && boxRequest.material === material?.index && stage && fitted) {
    setServedRequest(boxRequest.seq);
    const box = boxes.find((b) => b.path === boxRequest.field);
    if (box) {
      const view = viewOfBox(box, fitted, stage, rotation);
      setScale(view.scale);
      setOffset(view.offset);
    }
  }

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
  const readImage = useCallback((img: HTMLImageElement | null) => {
    // The preview may finish loading before hydration, when onLoad has already fired unseen.
    if (img?.complete && img.naturalWidth > 0) setNatural((n) => n ?? { w: img.naturalWidth, h: img.naturalHeight });
  }, []);

  const frameStyle = {
    width: fitted ? fitted.w : "100%",
    height: fitted ? fitted.h : "100%",
    transform: `translate(${offset.x}px, ${offset.y}px) scale(${scale}) rotate(${rotation}deg)`,
    "--viewer-scale": scale,
  } as CSSProperties;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-1 border-b px-2 py-1">
        <span className="mr-auto truncate text-xs font-medium" title={title}>
          {title}
        </span>
        {boxes.length > 0 ? (
          <Button
            variant="ghost"
            size="sm"
            className={cn("h-7 px-2", boxesShown && "bg-primary/10 text-primary hover:bg-primary/15 hover:text-primary")}
            aria-pressed={boxesShown}
            aria-label={td("showBoxes")}
            title={td("showBoxesHint")}
            data-testid={`${testIdPrefix}-boxes-toggle`}
            onClick={() => setBoxesShown(!boxesShown)}
          >
            <ScanTextIcon aria-hidden />
            {td("boxes")}
          </Button>
        ) : null}
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
          <a href={materialUrl(materialId, "original")} target="_blank" rel="noreferrer" aria-label={t("original")} title={t("original")}>
            <ExternalLinkIcon aria-hidden />
          </a>
        </Button>
      </div>
      <div
        ref={stageRef}
        className="relative min-h-0 flex-1 cursor-grab touch-none overflow-hidden bg-[repeating-conic-gradient(var(--color-muted)_0_25%,transparent_0_50%)] bg-[length:16px_16px] active:cursor-grabbing"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onDoubleClick={fit}
      >
        {/* Image and boxes share one transform: they zoom, pan and rotate together. */}
        <div className="absolute inset-0 m-auto transition-transform duration-150" style={frameStyle}>
          {/* eslint-disable-next-line @next/next/no-img-element -- PII images never pass through the image optimizer */}
          <img
            ref={readImage}
            src={materialUrl(materialId, "preview")}
            alt={title}
            // What the reviewer reads first: ahead of thumbnails, scripts and the rest.
            fetchPriority="high"
            // Its first paint is timed by the browser (Element Timing), for the bench and for any
            // real-user measurement, without a script watching the page being built.
            elementtiming="document-image"
            draggable={false}
            data-testid={`${testIdPrefix}-main`}
            data-scale={scale}
            data-rotation={rotation}
            onLoad={(event) => readImage(event.currentTarget)}
            className="size-full select-none object-contain"
          />
          {boxesShown && fitted && material && boxes.length > 0 ? (
            <DocumentBoxes boxes={boxes} kind={material.kind} material={material.index} activeField={activeField} />
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** The image's size shown whole in the stage, never enlarged past its own pixels. */
function fitSize(stage: Size, image: Size): Size {
  const k = Math.min(stage.w / image.w, stage.h / image.h, 1);
  return { w: image.w * k, h: image.h * k };
}

/** Scale and pan that put a box in the middle of the stage, wide enough to read, under the current rotation. */
function viewOfBox(box: ViewerBox, frame: Size, stage: Size, rotation: number): { scale: number; offset: { x: number; y: number } } {
  const bw = (box.width / 100) * frame.w;
  const bh = (box.height / 100) * frame.h;
  const [across, down] = rotation % 180 === 0 ? [bw, bh] : [bh, bw];
  const scale = Math.min(MAX_BOX_SCALE, (0.6 * stage.w) / Math.max(across, 1), (0.25 * stage.h) / Math.max(down, 1));
  // Already readable whole: keep the document fitted rather than push it off-centre.
  if (scale <= 1.1) return { scale: 1, offset: { x: 0, y: 0 } };
  const rounded = Math.round(scale * 100) / 100;
  // The box centre relative to the frame's centre, turned like the frame (CSS rotate is clockwise).
  const px = ((box.left + box.width / 2) / 100 - 0.5) * frame.w;
  const py = ((box.top + box.height / 2) / 100 - 0.5) * frame.h;
  const rad = (rotation * Math.PI) / 180;
  const [cos, sin] = [Math.round(Math.cos(rad)), Math.round(Math.sin(rad))];
  return { scale: rounded, offset: { x: -rounded * (px * cos - py * sin), y: -rounded * (px * sin + py * cos) } };
}
