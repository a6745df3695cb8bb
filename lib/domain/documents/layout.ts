// Why: engines cut text into lines their own way (label+value in one line, 名 and 称 apart, two columns merged); this makes label/value tokens in a deskewed frame.

import type { Box, OcrLine } from "./engine";
import { deskew, estimateTilt, type Deskewed } from "./geometry";
import { rightNeighbour } from "./pairing";

export type Token = {
  text: string;
  box: Box;
  confidence: number;
  chars?: number[];
  /** The canonical label this token is, if it is one. */
  label?: string;
  /** Index of the OCR line it came from, and its position in that line. */
  line: number;
  order: number;
  g: Deskewed;
};

export type Layout = { tokens: Token[]; tilt: number };

/** label spelling → canonical label. */
export type LabelSet = Record<string, string>;

/** Lines → tokens: each line split at the labels it contains, spaced-out labels (名 称) joined, in a deskewed frame. */
export function layout(lines: OcrLine[], labels: LabelSet): Layout {
  const tilt = estimateTilt(lines);
  const tokens: Token[] = [];
  lines.forEach((line, index) => {
    for (const [order, part] of splitLine(line, labels).entries()) tokens.push({ ...part, line: index, order, g: deskew(part.box, tilt) });
  });
  return { tokens: joinSpacedLabels(tokens, labels, tilt), tilt };
}

/** Characters without spaces, full-width forms folded (（ → (, ： → :). */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

type Part = Omit<Token, "line" | "order" | "g">;

function splitLine(line: OcrLine, labels: LabelSet): Part[] {
  const chars = [...line.text];
  const cuts = new Set<number>([0, chars.length]);
  const found = new Map<number, { end: number; label: string }>();
  // Spaces the engine put between boxes it merged are cuts too.
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) cuts.add(i).add(i + 1);
  });
  // Search the NFKC form, mapping each of its UTF-16 offsets back to a character index of the line.
  const norm = chars.map((ch) => ch.normalize("NFKC"));
  const joined = norm.join("");
  const charAt: number[] = [];
  norm.forEach((n, i) => {
    for (let k = 0; k < n.length; k++) charAt.push(i);
  });
  charAt.push(chars.length);
  for (const [spelling, canonical] of Object.entries(labels).sort((a, b) => b[0].length - a[0].length)) {
    let from = 0;
    for (;;) {
      const at = joined.indexOf(spelling, from);
      if (at < 0) break;
      from = at + 1;
      const start = charAt[at];
      const end = charAt[at + spelling.length] ?? chars.length;
      // A two-character label counts only at a cut (start of line or after a space): 名称 inside a name is no label.
      if (spelling.length < 3 && !cuts.has(start)) continue;
      if ([...found.entries()].some(([s, f]) => start < f.end && end > s)) continue;
      found.set(start, { end, label: canonical });
      cuts.add(start).add(end);
    }
  }
  if (found.size === 0) {
    // A long label with one character misread (法定代表入) still counts at the start of a line.
    const head = norm.join("");
    for (const [spelling, canonical] of Object.entries(labels)) {
      if (spelling.length >= 4 && head.length >= spelling.length && substitutions(head.slice(0, spelling.length), spelling) === 1) {
        found.set(0, { end: charAt[spelling.length], label: canonical });
        cuts.add(charAt[spelling.length]);
        break;
      }
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const parts: Part[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [s, e] = [sorted[i], sorted[i + 1]];
    const text = chars.slice(s, e).join("");
    if (!text.trim()) continue;
    const sub = line.chars && line.chars.length === chars.length ? line.chars.slice(s, e) : undefined;
    parts.push({
      text: normalizeText(text),
      box: subBox(line, chars, s, e),
      confidence: sub ? mean(sub) : line.confidence,
      chars: sub,
      label: found.get(s)?.end === e ? found.get(s)?.label : undefined,
    });
  }
  return parts;
}

function subBox(line: OcrLine, chars: string[], s: number, e: number): Box {
  return partOfBox(line.box, chars, s, e);
}

/** The part of a text's box holding characters [s, e): CJK characters are a full em, others about half. */
export function partOfBox(b: Box, chars: string[], s: number, e: number): Box {
  if (s <= 0 && e >= chars.length) return b;
  const w = (ch: string) => (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.55);
  const total = chars.reduce((t, ch) => t + w(ch), 0) || 1;
  const before = chars.slice(0, s).reduce((t, ch) => t + w(ch), 0);
  const inside = chars.slice(s, e).reduce((t, ch) => t + w(ch), 0);
  return { x: b.x + (b.width * before) / total, y: b.y, width: (b.width * inside) / total, height: b.height };
}

function substitutions(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

function joinSpacedLabels(tokens: Token[], labels: LabelSet, tilt: number): Token[] {
  const spellings = Object.keys(labels);
  const used = new Set<Token>();
  const joinedLabels: Token[] = [];
  for (const a of tokens) {
    if (used.has(a) || a.label || !spellings.some((s) => s.startsWith(a.text) && s !== a.text)) continue;
    let text = a.text;
    const joined = [a];
    for (;;) {
      const current = joined[joined.length - 1];
      const next = rightNeighbour(tokens, current, (t) => !t.label && !used.has(t) && !joined.includes(t), 4);
      if (!next || !spellings.some((s) => s.startsWith(text + next.text))) break;
      text += next.text;
      joined.push(next);
      if (labels[text]) break;
    }
    if (!labels[text] || joined.length < 2) continue;
    for (const t of joined) used.add(t);
    const box = unionBox(joined.map((t) => t.box));
    const chars = joined.every((t) => t.chars) ? joined.flatMap((t) => t.chars as number[]) : undefined;
    const last = joined[joined.length - 1];
    joinedLabels.push({
      text,
      box,
      confidence: mean(joined.map((t) => t.confidence)),
      chars,
      label: labels[text],
      line: last.line,
      order: last.order,
      g: deskew(box, tilt),
    });
  }
  const out = [...tokens.filter((t) => !used.has(t)), ...joinedLabels];
  return promoteHalfLabels(out, labels);
}

/**
 * A two-character label printed spaced out (名　称, 住　所) of which the detector kept only one half: a lone
 * 名 or 称 with a value to its right stands for the label, when the label is not found otherwise.
 */
function promoteHalfLabels(tokens: Token[], labels: LabelSet): Token[] {
  const present = new Set(tokens.filter((t) => t.label).map((t) => t.label));
  for (const [spelling, canonical] of Object.entries(labels)) {
    if (spelling.length !== 2 || present.has(canonical)) continue;
    const half = tokens.find(
      (t) =>
        !t.label && t.text.length === 1 && (t.text === spelling[0] || t.text === spelling[1]) && rightNeighbour(tokens, t, (n) => !n.label),
    );
    if (half) {
      half.label = canonical;
      present.add(canonical);
    }
  }
  return tokens;
}

export function unionBox(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}
