import { cnDate, type ResolvedDocumentData } from "@/demo/documents/document-data";
import { emblem, guilloche, paragraph, pseudoQr, SANS, seal, SERIF, svgRoot, text } from "@/demo/documents/svg";

const W = 1600;
const H = 1131;
const BORDER = "#b5443a";
const LABEL = { size: 28, fill: "#2b2b2b", family: SERIF, weight: "bold" as const };
const VALUE = { size: 28, fill: "#111", family: SANS };

const SCOPE =
  "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；互联网数据服务；网络技术服务；计算机系统服务；广告设计、代理。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";

function field(x: number, y: number, label: string, value: string, width: number): { svg: string; y: number } {
  const body = paragraph(x + 180, y, value, { ...VALUE, width, lineHeight: 40 });
  return { svg: text(x, y, label, LABEL) + body.svg, y: body.y + 22 };
}

/** A pre-2015 licence prints its 15-digit 注册号 under that label; the reader reads a number only under its own label. */
function certificateLabel(number: string): string {
  return /^\d{15}$/.test(number) ? "注　册　号" : "统一社会信用代码";
}

/** 营业执照 (副本), 2019 layout: emblem, title, USCC, QR, two columns of fields, seal. */
export function businessLicence(d: ResolvedDocumentData): string {
  const left: string[] = [];
  let ly = 470;
  for (const [label, value] of [
    ["名　　称", d.subjectName],
    ["类　　型", d.subjectType],
    ["法定代表人", d.legalRep],
    ["经营范围", SCOPE],
  ] as const) {
    const f = field(110, ly, label, value, 500);
    left.push(f.svg);
    ly = f.y;
  }
  const right: string[] = [];
  let ry = 470;
  for (const [label, value] of [
    ["注册资本", d.registeredCapital],
    ["成立日期", cnDate(d.registeredOn)],
    ["营业期限", `${cnDate(d.registeredOn)} 至 ${d.businessUntil === "长期" ? "长期" : cnDate(d.businessUntil)}`],
    ["住　　所", d.address],
  ] as const) {
    const f = field(880, ry, label, value, 420);
    right.push(f.svg);
    ry = f.y;
  }
  const qrCaption = paragraph(1305, 330, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", {
    size: 15,
    fill: "#333",
    width: 190,
    lineHeight: 21,
  });
  const body = `
<rect width="${W}" height="${H}" fill="#fbf8f1"/>
<rect x="28" y="28" width="${W - 56}" height="${H - 56}" fill="none" stroke="${BORDER}" stroke-width="10"/>
<clipPath id="band"><path fill-rule="evenodd" d="M40,40 h${W - 80} v${H - 80} h${-(W - 80)} z M78,78 v${H - 156} h${W - 156} v${-(H - 156)} z"/></clipPath>
<g clip-path="url(#band)">${guilloche(40, 40, W - 80, H - 80, BORDER, 9, 0.55)}</g>
<rect x="78" y="78" width="${W - 156}" height="${H - 156}" fill="none" stroke="${BORDER}" stroke-width="3"/>
${emblem(800, 170, 66)}
${text(800, 330, "营业执照", { size: 100, family: SERIF, weight: "bold", fill: "#b3202a", anchor: "middle", spacing: 36 })}
${text(800, 385, "（副　　本）", { size: 30, family: SERIF, fill: "#222", anchor: "middle" })}
${text(110, 175, certificateLabel(d.certificateNumber), { ...LABEL, size: 26 })}
${text(110, 218, d.certificateNumber, { size: 30, family: SANS, weight: "bold", fill: "#111", spacing: 2 })}
${text(110, 262, "编号 S1121201900" + String(1000 + (d.variant % 9000)), { size: 20, fill: "#444" })}
${pseudoQr(1320, 130, 160, d.certificateNumber.length * 7919 + d.variant)}
${qrCaption.svg}
${left.join("")}${right.join("")}
${text(1000, 925, "登记机关", { ...LABEL, size: 30 })}
${seal(1250, 930, 110, d.registrationAuthority)}
${text(1250, 1030, cnDate(d.date), { size: 28, family: SANS, fill: "#111", anchor: "middle" })}
${text(800, 1075, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", { size: 18, fill: "#444", anchor: "middle" })}
${text(1500, 1075, "国家市场监督管理总局监制", { size: 16, fill: "#555", anchor: "end" })}`;
  return svgRoot(W, H, W, H, body);
}
