// Why: unit tests describe a document as printed lines; this turns them into OcrLines as an engine reports them (optionally tilted).

import type { OcrLine } from "./engine";
import { bounds } from "./geometry";

export type Printed = { text: string; x: number; y: number; size?: number; confidence?: number; chars?: number[] };

/** OcrLines for lines printed at (x, y) (top-left) with `size`-px characters, the page tilted `tilt` degrees clockwise. */
export function printed(lines: Printed[], tilt = 0): OcrLine[] {
  const t = (tilt * Math.PI) / 180;
  const rot = (x: number, y: number) => ({ x: x * Math.cos(t) - y * Math.sin(t), y: x * Math.sin(t) + y * Math.cos(t) });
  return lines.map((l) => {
    const size = l.size ?? 30;
    const width = [...l.text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? size : size * 0.55), 0);
    const box = bounds([rot(l.x, l.y), rot(l.x + width, l.y), rot(l.x + width, l.y + size * 1.3), rot(l.x, l.y + size * 1.3)]);
    const chars = l.chars ?? [...l.text].map(() => l.confidence ?? 0.99);
    return { text: l.text, confidence: chars.reduce((s, c) => s + c, 0) / chars.length, box, chars, angle: tilt };
  });
}
