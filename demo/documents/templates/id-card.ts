import { dotDate, type ResolvedDocumentData } from "@/demo/documents/document-data";
import { emblem, guilloche, paragraph, SANS, SERIF, svgRoot, text } from "@/demo/documents/svg";
import { person } from "@/demo/documents/templates/person";

// Design units: a 1000×630 card (85.6×54 mm) on a scanner bed, output at 1.5×.
const CARD_W = 1000;
const CARD_H = 630;
const MARGIN = 30;
const SCALE = 1.5;
const VW = CARD_W + 2 * MARGIN;
const VH = CARD_H + 2 * MARGIN;
const LABEL = { size: 26, fill: "#3d6b9e", family: SANS };
const VALUE = { size: 32, fill: "#111", family: SANS, weight: 500 };

/** The card outline, background and security print, tilted a little like a real scan. */
export function cardShell(d: ResolvedDocumentData, tint: string, inner: string): string {
  const tilt = ((d.variant % 5) - 2) * 0.35;
  const body = `
<rect width="${VW}" height="${VH}" fill="#ecebe7"/>
<defs>
  <linearGradient id="card-bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#f7f8f4"/><stop offset="0.55" stop-color="${tint}"/><stop offset="1" stop-color="#f3f1ea"/>
  </linearGradient>
  <clipPath id="card-clip"><rect width="${CARD_W}" height="${CARD_H}" rx="34"/></clipPath>
</defs>
<g transform="translate(${MARGIN} ${MARGIN}) rotate(${tilt} ${CARD_W / 2} ${CARD_H / 2})">
  <rect x="3" y="5" width="${CARD_W}" height="${CARD_H}" rx="34" fill="#000" opacity="0.12"/>
  <g clip-path="url(#card-clip)">
    <rect width="${CARD_W}" height="${CARD_H}" fill="url(#card-bg)"/>
    ${guilloche(0, 0, CARD_W, CARD_H, "#8fb3c9", 22, 0.3)}
    <circle cx="${CARD_W * 0.62}" cy="${CARD_H * 0.55}" r="210" fill="none" stroke="#b9cfdc" stroke-width="2" opacity="0.6"/>
    <circle cx="${CARD_W * 0.62}" cy="${CARD_H * 0.55}" r="160" fill="none" stroke="#c9d9e2" stroke-width="2" opacity="0.6"/>
    ${inner}
  </g>
  <rect width="${CARD_W}" height="${CARD_H}" rx="34" fill="none" stroke="#c6c9c4" stroke-width="2"/>
</g>`;
  return svgRoot(Math.round(VW * SCALE), Math.round(VH * SCALE), VW, VH, body);
}

/** The holder's photo: a portrait on a pale background, clipped to its box. */
export function portrait(d: ResolvedDocumentData, x: number, y: number, w: number, h: number): string {
  const id = `portrait-${x}-${y}`;
  return `<clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6"/></clipPath>
<g clip-path="url(#${id})"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f3f5f7"/>
${person(x + w / 2, y - h * 0.04, (h * 1.08) / 640, d.variant, d.gender === "女")}</g>`;
}

function birthParts(iso: string): [string, string, string] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [m[1], String(Number(m[2])), String(Number(m[3]))] : [iso, "", ""];
}

/** 居民身份证 人像面: 姓名 性别 民族 出生 住址 公民身份号码, photo on the right. */
export function idCardFront(d: ResolvedDocumentData): string {
  const [year, month, day] = birthParts(d.birthDate);
  const address = paragraph(170, 330, d.idAddress, { ...VALUE, size: 30, width: 430, lineHeight: 44 });
  const inner = `
${text(70, 110, "姓名", LABEL)}${text(170, 112, d.personName, { ...VALUE, size: 38 })}
${text(70, 185, "性别", LABEL)}${text(170, 187, d.gender, VALUE)}
${text(300, 185, "民族", LABEL)}${text(400, 187, d.ethnicity, VALUE)}
${text(70, 260, "出生", LABEL)}${text(170, 262, year, VALUE)}${text(262, 260, "年", LABEL)}
${text(310, 262, month, VALUE)}${text(350, 260, "月", LABEL)}${text(398, 262, day, VALUE)}${text(440, 260, "日", LABEL)}
${text(70, 330, "住址", LABEL)}${address.svg}
${text(70, 545, "公民身份号码", LABEL)}${text(330, 548, d.idNumber, { ...VALUE, size: 40, spacing: 3, weight: "bold" })}
${portrait(d, 680, 80, 260, 330)}`;
  return cardShell(d, "#e6f0ee", inner);
}

/** 居民身份证 国徽面: emblem, 中华人民共和国 居民身份证, 签发机关, 有效期限. */
export function idCardBack(d: ResolvedDocumentData): string {
  const valid = `${dotDate(d.validFrom)}-${d.validUntil === "长期" ? "长期" : dotDate(d.validUntil)}`;
  const inner = `
${emblem(150, 150, 92)}
${text(610, 150, "中华人民共和国", { size: 50, family: SERIF, weight: "bold", fill: "#222", anchor: "middle", spacing: 10 })}
${text(610, 280, "居民身份证", { size: 80, family: SERIF, weight: "bold", fill: "#222", anchor: "middle", spacing: 22 })}
${text(200, 480, "签发机关", LABEL)}${text(340, 482, d.issuingAuthority, VALUE)}
${text(200, 550, "有效期限", LABEL)}${text(340, 552, valid, VALUE)}`;
  return cardShell(d, "#eef1e4", inner);
}

const MUNICIPALITIES = new Set(["北京", "天津", "上海", "重庆"]);
const REGIONS = new Set(["内蒙古", "广西", "西藏", "宁夏", "新疆"]);

function provinceTitle(name: string): string {
  const short = name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, "");
  return MUNICIPALITIES.has(short) ? `${short}市` : REGIONS.has(short) ? `${short}自治区` : `${short}省`;
}

/** 居住证: a card in the same format, issued by the province of residence. */
export function residencePermit(d: ResolvedDocumentData): string {
  const [year, month, day] = birthParts(d.birthDate);
  const address = paragraph(190, 402, d.address, { ...VALUE, size: 28, width: 420, lineHeight: 40 });
  const inner = `
${text(500, 70, `${provinceTitle(d.province)}居住证`, { size: 40, family: SERIF, weight: "bold", fill: "#8a1f24", anchor: "middle", spacing: 8 })}
${text(70, 140, "姓　　名", LABEL)}${text(190, 142, d.personName, { ...VALUE, size: 36 })}
${text(70, 205, "性　　别", LABEL)}${text(190, 207, d.gender, VALUE)}
${text(70, 270, "出生日期", LABEL)}${text(190, 272, `${year}年${month}月${day}日`, VALUE)}
${text(70, 335, "身份证号", LABEL)}${text(190, 337, d.idNumber, { ...VALUE, spacing: 2 })}
${text(70, 400, "居住地址", LABEL)}${address.svg}
${text(70, 560, "有效期限", LABEL)}${text(190, 562, `${dotDate(d.validFrom)}-${d.validUntil === "长期" ? "长期" : dotDate(d.validUntil)}`, VALUE)}
${portrait(d, 690, 120, 240, 300)}
${text(810, 470, "签发机关", { ...LABEL, size: 20, anchor: "middle" })}
${text(810, 500, d.issuingAuthority, { ...VALUE, size: 18, anchor: "middle" })}`;
  return cardShell(d, "#f1ece2", inner);
}
