// Why: which token is a label's value — same row to the right, or just below — and which lines continue it.

import type { Layout, Token } from "./layout";

export function sameRow(a: Token, b: Token): boolean {
  return Math.abs(a.g.cy - b.g.cy) < 0.6 * Math.max(a.g.h, b.g.h);
}

/** The nearest token to the right of `of` on its row, at most `maxGap` line heights away. */
export function rightNeighbour(tokens: Token[], of: Token, accept: (t: Token) => boolean, maxGap = 6): Token | undefined {
  let best: Token | undefined;
  for (const t of tokens) {
    if (t === of || !accept(t) || !sameRow(of, t)) continue;
    const gap = t.g.left - of.g.right;
    if (gap < -0.5 * of.g.h || gap > maxGap * Math.max(of.g.h, t.g.h)) continue;
    if (!best || t.g.left < best.g.left) best = t;
  }
  return best;
}

/** The value printed for a label: the rest of its line, else the nearest token to its right on the row. */
export function valueRightOf(l: Layout, label: Token): Token | undefined {
  const inLine = l.tokens.find((t) => t.line === label.line && t.order === label.order + 1);
  if (inLine) return inLine.label ? undefined : inLine;
  const next = rightNeighbour(l.tokens, label, (t) => !t.label);
  if (!next) return undefined;
  // Another label in between means this label's own value is missing.
  const blocked = l.tokens.some(
    (x) =>
      x.label &&
      x !== label &&
      sameRow(x, label) &&
      x.g.left >= label.g.right - 0.5 * label.g.h &&
      x.g.right <= next.g.left + 0.5 * next.g.h,
  );
  return blocked ? undefined : next;
}

/** Whether a token is some label's value (the label just before it in its line, or just left of it on its row). */
export function followsLabel(l: Layout, t: Token): boolean {
  return l.tokens.some(
    (x) =>
      x.label &&
      ((x.line === t.line && x.order === t.order - 1) ||
        (sameRow(x, t) && x.g.right <= t.g.left + 0.5 * t.g.h && t.g.left - x.g.right < 3 * t.g.h)),
  );
}

/**
 * The token printed just under `of` (left edges within a few heights), e.g. a licence number under its label.
 * Another label's value is never taken (编号 S1121… under a missed number is not the number).
 */
export function valueBelow(l: Layout, of: Token, maxLines = 2.5): Token | undefined {
  let best: Token | undefined;
  for (const t of l.tokens) {
    if (t === of || t.label || followsLabel(l, t)) continue;
    const down = t.g.top - of.g.bottom;
    if (down < -0.3 * of.g.h || down > maxLines * of.g.h) continue;
    if (Math.abs(t.g.left - of.g.left) > 3 * of.g.h) continue;
    if (!best || t.g.top < best.g.top) best = t;
  }
  return best;
}

/**
 * Lines that continue a wrapped value (an address, a long company name): just under it, left-aligned with it,
 * closer than a row of the form, and with nothing just left of them.
 */
export function continuation(l: Layout, value: Token, maxLines = 3): Token[] {
  const out: Token[] = [];
  let last = value;
  for (let n = 0; n < maxLines; n++) {
    const next = l.tokens.find(
      (t) =>
        !t.label &&
        t !== last &&
        // Wrapped lines sit about 1.1 box heights apart, rows of a form about 1.7.
        t.g.cy - last.g.cy > 0.5 * Math.max(last.g.h, t.g.h) &&
        t.g.cy - last.g.cy < 1.4 * Math.max(last.g.h, t.g.h) &&
        Math.abs(t.g.left - value.g.left) < 1.2 * value.g.h &&
        // A wrapped line has nothing just left of it; the next row's value has its label (or half of it) there.
        !l.tokens.some((x) => x !== t && sameRow(x, t) && x.g.right <= t.g.left + 0.5 * t.g.h && t.g.left - x.g.right < 3 * t.g.h),
    );
    if (!next) break;
    out.push(next);
    last = next;
  }
  return out;
}

export function labelsOf(l: Layout, canonical: string): Token[] {
  return l.tokens.filter((t) => t.label === canonical);
}
