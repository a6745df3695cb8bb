import type { ResolvedDocumentData } from "@/demo/documents/document-data";
import { SANS, SERIF, svgRoot, text } from "@/demo/documents/svg";
import { person, skinTone } from "@/demo/documents/templates/person";

const W = 1200;
const H = 1600;
const BACKDROPS = [
  { from: "#2f6db5", to: "#1f4f8c", ink: "#ffffff" },
  { from: "#f2f2ef", to: "#d9dad6", ink: "#2f6db5" },
  { from: "#3b8fd0", to: "#2a6aa6", ink: "#ffffff" },
];
function backdrop(d: ResolvedDocumentData): string {
  const b = BACKDROPS[d.variant % BACKDROPS.length];
  const folds = [180, 430, 700, 960]
    .map((x, i) => `<rect x="${x}" y="0" width="${60 + i * 10}" height="${H}" fill="#000" opacity="0.05"/>`)
    .join("");
  return `<defs><linearGradient id="bd" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${b.from}"/><stop offset="1" stop-color="${b.to}"/></linearGradient>
<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient></defs>
<rect width="${W}" height="${H}" fill="url(#bd)"/>${folds}
${text(W / 2, 150, `${d.provider} ICP备案核验专用幕布`, { size: 46, fill: b.ink, family: SERIF, weight: "bold", anchor: "middle", spacing: 4, opacity: 0.9 })}`;
}

function timestamp(d: ResolvedDocumentData): string {
  const minutes = 10 + ((d.variant * 7) % 50);
  return text(W - 50, H - 60, `日期：${d.date} 10:${minutes}`, { size: 40, fill: "#ffb020", family: SANS, weight: "bold", anchor: "end" });
}

/** 幕布照: the principal in front of the provider's backdrop, camera date stamp. */
export function verificationPhoto(d: ResolvedDocumentData): string {
  const body = `${backdrop(d)}${person(W / 2, 420, 1.1, d.variant, d.gender === "女")}
<rect width="${W}" height="${H}" fill="url(#vignette)"/>${timestamp(d)}`;
  return svgRoot(W, H, W, H, body);
}

/** 手持证件照: the person holding the licence copy (副本) in front of the chest. */
export function handheldCertificate(d: ResolvedDocumentData): string {
  const cardX = 300;
  const cardY = 1050;
  const body = `${backdrop(d)}${person(W / 2, 380, 1.0, d.variant, d.gender === "女")}
<g transform="rotate(-3 ${W / 2} ${cardY + 200})">
  <rect x="${cardX}" y="${cardY}" width="600" height="420" fill="#fbf8f1" stroke="#b5443a" stroke-width="10"/>
  ${text(W / 2, cardY + 110, "营业执照", { size: 64, family: SERIF, weight: "bold", fill: "#b3202a", anchor: "middle", spacing: 14 })}
  ${text(cardX + 75, cardY + 190, `名称  ${d.subjectName}`, { size: 24, fill: "#222" })}
  ${text(cardX + 75, cardY + 235, `统一社会信用代码  ${d.certificateNumber}`, { size: 20, fill: "#222" })}
  ${text(cardX + 75, cardY + 280, `法定代表人  ${d.legalRep}`, { size: 24, fill: "#222" })}
  <circle cx="${cardX + 480}" cy="${cardY + 330}" r="60" fill="none" stroke="#d9262c" stroke-width="5" opacity="0.8"/>
  <ellipse cx="${cardX + 10}" cy="${cardY + 300}" rx="55" ry="75" fill="${skinTone(d.variant)}"/>
  <ellipse cx="${cardX + 590}" cy="${cardY + 300}" rx="55" ry="75" fill="${skinTone(d.variant)}"/>
</g>
<rect width="${W}" height="${H}" fill="url(#vignette)"/>${timestamp(d)}`;
  return svgRoot(W, H, W, H, body);
}
