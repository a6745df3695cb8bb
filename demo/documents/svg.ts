// Small SVG building blocks shared by the document templates. All text is escaped here.

export const SANS = "Noto Sans CJK SC, Noto Sans CJK, sans-serif";
export const SERIF = "Noto Serif CJK SC, Noto Serif CJK, serif";
export const MONO = "DejaVu Sans Mono, Liberation Mono, monospace";

export const SEAL_RED = "#d9262c";

export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type TextStyle = {
  size: number;
  fill?: string;
  family?: string;
  weight?: number | "bold";
  anchor?: "start" | "middle" | "end";
  spacing?: number;
  opacity?: number;
};

export function text(x: number, y: number, content: string, style: TextStyle): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-family="${style.family ?? SANS}"`,
    `font-size="${style.size}"`,
    `fill="${style.fill ?? "#1a1a1a"}"`,
    style.weight ? `font-weight="${style.weight}"` : "",
    style.anchor && style.anchor !== "start" ? `text-anchor="${style.anchor}"` : "",
    style.spacing ? `letter-spacing="${style.spacing}"` : "",
    style.opacity !== undefined ? `opacity="${style.opacity}"` : "",
  ];
  return `<text ${attrs.filter(Boolean).join(" ")}>${esc(content)}</text>`;
}

/** Approximate advance width: CJK and full-width glyphs are 1em, Latin about 0.56em. */
export function textWidth(content: string, size: number): number {
  let em = 0;
  for (const ch of content) em += ch.charCodeAt(0) > 0x2e7f ? 1 : 0.56;
  return em * size;
}

const NO_LINE_START = new Set([..."，。、；：？！）》」』”’,.;:?!)"]);

/** Greedy wrap to `width` px; Chinese wraps between any two characters, Latin words stay whole. */
export function wrap(content: string, size: number, width: number): string[] {
  const lines: string[] = [];
  const tokens = content.match(/[A-Za-z0-9@._:/\-]+|\s|./gu) ?? [];
  let line = "";
  for (const token of tokens) {
    // Closing punctuation never starts a line (禁则): it hangs past the margin instead.
    if (line && textWidth(line + token, size) > width && !NO_LINE_START.has(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** A wrapped paragraph; returns the SVG and the baseline after its last line. */
export function paragraph(
  x: number,
  y: number,
  content: string,
  style: TextStyle & { width: number; lineHeight: number; indent?: boolean },
): { svg: string; y: number } {
  const first = style.indent ? "\u3000\u3000" : "";
  const lines = wrap(first + content, style.size, style.width);
  const svg = lines.map((line, i) => text(x, y + i * style.lineHeight, line, style)).join("");
  return { svg, y: y + lines.length * style.lineHeight };
}

function starPoints(cx: number, cy: number, outer: number, rotation = -90): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : outer * 0.382;
    const a = ((rotation + i * 36) * Math.PI) / 180;
    points.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return points.join(" ");
}

export function star(cx: number, cy: number, r: number, fill: string, rotation = -90): string {
  return `<polygon points="${starPoints(cx, cy, r, rotation)}" fill="${fill}"/>`;
}

/**
 * A round red company seal: ring, star, the name set along the upper arc (one rotated glyph per
 * character; librsvg has no textPath), and an optional word under the star.
 */
export function seal(cx: number, cy: number, r: number, name: string, footer = "", opacity = 0.82): string {
  const chars = [...name];
  const span = Math.min(250, 26 * chars.length);
  const size = Math.min(r * 0.24, ((span / 360) * 2 * Math.PI * r * 0.66) / Math.max(chars.length, 1));
  const glyphs = chars
    .map((ch, i) => {
      const angle = chars.length === 1 ? 0 : -span / 2 + (span * i) / (chars.length - 1);
      return `<text x="${cx}" y="${cy - r * 0.66}" font-family="${SERIF}" font-weight="bold" font-size="${size.toFixed(1)}" fill="${SEAL_RED}" text-anchor="middle" transform="rotate(${angle.toFixed(2)} ${cx} ${cy})">${esc(ch)}</text>`;
    })
    .join("");
  return `<g opacity="${opacity}">
<circle cx="${cx}" cy="${cy}" r="${r - r * 0.04}" fill="none" stroke="${SEAL_RED}" stroke-width="${(r * 0.07).toFixed(1)}"/>
${star(cx, cy, r * 0.3, SEAL_RED)}${glyphs}
${footer ? text(cx, cy + r * 0.58, footer, { size: r * 0.17, fill: SEAL_RED, family: SERIF, weight: "bold", anchor: "middle" }) : ""}
</g>`;
}

/** An emblem-like roundel (not the real national emblem): gold ring, red field, five stars. */
export function emblem(cx: number, cy: number, r: number): string {
  const gold = "#e0b03c";
  const small = [-50, -20, 10, 40]
    .map((a, i) => {
      const rad = ((a - 75) * Math.PI) / 180;
      return star(cx + r * 0.5 * Math.cos(rad), cy + r * 0.5 * Math.sin(rad) - r * 0.05, r * 0.11, gold, -90 + i * 12);
    })
    .join("");
  return `<g>
<circle cx="${cx}" cy="${cy}" r="${r}" fill="${gold}"/>
<circle cx="${cx}" cy="${cy}" r="${r * 0.86}" fill="#c8161d"/>
${star(cx - r * 0.12, cy - r * 0.12, r * 0.32, gold)}${small}
<path d="M${cx - r * 0.55},${cy + r * 0.45} h${r * 1.1} v${r * 0.12} h${-r * 1.1} z" fill="${gold}"/>
<path d="M${cx - r * 0.35},${cy + r * 0.28} h${r * 0.7} l${r * 0.1},${r * 0.17} h${-r * 0.9} z" fill="${gold}"/>
</g>`;
}

/** Faint wavy security lines, as printed on cards and licences. */
export function guilloche(x: number, y: number, w: number, h: number, stroke: string, step = 14, opacity = 0.35): string {
  const paths: string[] = [];
  const amp = step * 0.9;
  for (let row = y + step; row < y + h; row += step) {
    let d = `M${x},${row}`;
    for (let px = x; px < x + w; px += 60) {
      d += ` q30,${(px / 60) % 2 === 0 ? -amp : amp} 60,0`;
    }
    paths.push(`<path d="${d}"/>`);
  }
  return `<g fill="none" stroke="${stroke}" stroke-width="1" opacity="${opacity}">${paths.join("")}</g>`;
}

/** A QR-code-like block of deterministic modules (decorative only). */
export function pseudoQr(x: number, y: number, size: number, seed: number): string {
  const n = 21;
  const cell = size / n;
  let state = seed >>> 0 || 1;
  const rects: string[] = [];
  const finder = (fx: number, fy: number) =>
    `<rect x="${x + fx * cell}" y="${y + fy * cell}" width="${7 * cell}" height="${7 * cell}" fill="#111"/>` +
    `<rect x="${x + (fx + 1) * cell}" y="${y + (fy + 1) * cell}" width="${5 * cell}" height="${5 * cell}" fill="#fff"/>` +
    `<rect x="${x + (fx + 2) * cell}" y="${y + (fy + 2) * cell}" width="${3 * cell}" height="${3 * cell}" fill="#111"/>`;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const inFinder = (r < 8 && c < 8) || (r < 8 && c >= n - 8) || (r >= n - 8 && c < 8);
      state = (state * 1103515245 + 12345) >>> 0;
      if (!inFinder && (state >>> 16) % 2 === 0) {
        rects.push(
          `<rect x="${(x + c * cell).toFixed(1)}" y="${(y + r * cell).toFixed(1)}" width="${cell.toFixed(1)}" height="${cell.toFixed(1)}"/>`,
        );
      }
    }
  }
  return `<g><rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#fff"/><g fill="#111">${rects.join("")}</g>${finder(0, 0)}${finder(n - 7, 0)}${finder(0, n - 7)}</g>`;
}

/** The root element: `width`×`height` output pixels showing a `vw`×`vh` design. */
export function svgRoot(width: number, height: number, vw: number, vh: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${vw} ${vh}">${body}</svg>`;
}
