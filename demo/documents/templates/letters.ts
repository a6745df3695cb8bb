import { cnDate, type ResolvedDocumentData } from "@/demo/documents/document-data";
import { esc, paragraph, SANS, seal, SERIF, svgRoot, text } from "@/demo/documents/svg";

// A4 at 150 dpi.
const W = 1240;
const H = 1754;
const LEFT = 130;
const WIDTH = W - 2 * LEFT;
const BODY = { size: 30, fill: "#1b1b1b", family: SERIF, width: WIDTH, lineHeight: 54 };

function provinceName(d: ResolvedDocumentData): string {
  return d.province.replace(/(省|市|自治区)$/, "");
}

/** A name written by hand: blue-black, slanted, slightly larger. */
function signature(x: number, y: number, name: string): string {
  return `<text x="${x}" y="${y}" font-family="${SERIF}" font-size="44" fill="#1f2a5a" transform="skewX(-14) translate(${(y * Math.tan((14 * Math.PI) / 180)).toFixed(1)} 0)">${esc(name)}</text>`;
}

type Signature = { label: string; name?: string; handwritten?: boolean };

/** Title, paragraphs, signature block with optional seal, date. */
function letter(d: ResolvedDocumentData, title: string, paragraphs: string[], lines: Signature[], sealName?: string): string {
  const parts: string[] = [text(W / 2, 230, title, { size: 50, family: SERIF, weight: "bold", anchor: "middle", spacing: 4 })];
  let y = 350;
  for (const [i, p] of paragraphs.entries()) {
    const block = paragraph(LEFT, y, p, { ...BODY, indent: i > 0 });
    parts.push(block.svg);
    y = block.y + 14;
  }
  y = Math.max(y + 90, H - 520);
  const signX = W / 2 - 40;
  for (const line of lines) {
    parts.push(text(signX, y, line.label, { size: 30, family: SERIF }));
    if (line.name) {
      const x = signX + line.label.length * 30 + 10;
      parts.push(line.handwritten ? signature(x, y, line.name) : text(x, y, line.name, { size: 30, family: SERIF }));
    }
    y += 80;
  }
  parts.push(text(signX, y, `日期：${cnDate(d.date)}`, { size: 30, family: SERIF }));
  if (sealName) parts.push(seal(W - 330, H - 470, 125, sealName, "", 0.78));
  return svgRoot(W, H, W, H, `<rect width="${W}" height="${H}" fill="#fdfcf8"/>${parts.join("")}`);
}

export function principalAuthorization(d: ResolvedDocumentData): string {
  return letter(
    d,
    "法定代表人授权书",
    [
      `致：${provinceName(d)}省通信管理局：`,
      `兹授权我单位员工${d.personName}（身份证号码：${d.idNumber}）作为我单位网站备案的主体负责人，代表我单位办理ICP备案（主办单位：${d.subjectName}；网站名称：${d.websiteName}；域名：${d.domain}）的相关手续，并对所提交备案信息的真实性、准确性负责。`,
      "被授权人在授权范围内办理的一切事宜，我单位均予以承认，并承担相应的法律责任。",
      "授权期限：自签署之日起至本次备案办结之日止。",
    ],
    [
      { label: "授权单位（盖章）：", name: d.subjectName },
      { label: "法定代表人（签字）：", name: d.legalRep, handwritten: true },
      { label: "被授权人（签字）：", name: d.personName, handwritten: true },
    ],
    d.subjectName,
  );
}

export function sitePrincipalAuthorization(d: ResolvedDocumentData): string {
  return letter(
    d,
    "网站负责人授权书",
    [
      `致：${provinceName(d)}省通信管理局：`,
      `兹授权${d.personName}（身份证号码：${d.idNumber}）为我单位网站“${d.websiteName}”（域名：${d.domain}）的网站负责人，负责该网站的备案、内容管理及与通信管理部门的日常联络。`,
      "网站负责人联系方式如有变更，我单位将及时办理备案变更手续。",
    ],
    [
      { label: "授权单位（盖章）：", name: d.subjectName },
      { label: "法定代表人（签字）：", name: d.legalRep, handwritten: true },
      { label: "网站负责人（签字）：", name: d.personName, handwritten: true },
    ],
    d.subjectName,
  );
}

export function jsResponsibilityNotice(d: ResolvedDocumentData): string {
  return letter(
    d,
    "江苏省网站备案信息真实性责任告知书",
    [
      `网站主办者：${d.subjectName}`,
      "根据《互联网信息服务管理办法》《非经营性互联网信息服务备案管理办法》等规定，网站主办者应当如实提交备案信息，并对备案信息的真实性、准确性和完整性负责。现将有关责任告知如下：",
      "一、提交虚假备案信息或冒用他人证件的，通信管理部门将依法注销其备案并关闭网站，相关主体及负责人列入备案异常名录。",
      "二、网站负责人应为网站主办者本单位人员，其联系方式应真实有效，能够及时接收和处理通信管理部门的通知。",
      "三、备案信息发生变化的，应当自变化之日起三十日内办理备案变更手续。",
      "四、网站不得擅自从事需前置审批的互联网信息服务，不得制作、复制、发布违法违规信息。",
      "本人（本单位）已认真阅读并充分知悉上述告知内容。",
    ],
    [{ label: "网站主办者（签字/盖章）：" }, { label: "网站负责人（签字）：", name: d.personName, handwritten: true }],
    d.subjectName,
  );
}

export function jsCommitmentLetter(d: ResolvedDocumentData): string {
  return letter(
    d,
    "江苏省网站备案信息真实性承诺书",
    [
      `本单位（本人）${d.subjectName}就网站“${d.websiteName}”（域名：${d.domain}）的备案郑重承诺：`,
      "一、所提交的备案信息及证件材料真实、准确、完整，不存在冒用、伪造他人证件的情况。",
      `二、网站负责人${d.personName}为本单位人员，本单位对其办理备案的行为负责。`,
      "三、网站开通后不从事违法违规活动，自觉接受通信管理部门的监督管理，并配合做好信息安全管理工作。",
      "四、如违反上述承诺，愿意承担由此引起的一切法律责任，并接受注销备案、关闭网站等处理。",
    ],
    [
      { label: "承诺单位（盖章）：", name: d.subjectName },
      { label: "网站负责人（签字）：", name: d.personName, handwritten: true },
    ],
    d.subjectName,
  );
}

export function otherDocument(d: ResolvedDocumentData): string {
  return letter(
    d,
    "情况说明",
    [
      `${provinceName(d)}省通信管理局：`,
      `我单位${d.subjectName}（统一社会信用代码：${d.certificateNumber}）申请为网站“${d.websiteName}”（${d.domain}）办理ICP备案。因办公地址变更，营业执照住所与实际通信地址不一致，现通信地址为：${d.address}。`,
      "特此说明，我单位对以上内容的真实性负责。",
    ],
    [{ label: "说明单位（盖章）：", name: d.subjectName }],
    d.subjectName,
  );
}

/** 真实性核验单: a ruled table of the filing's key facts, signed by the provider's checker. */
export function verificationForm(d: ResolvedDocumentData): string {
  const rows: [string, string][] = [
    ["主办单位名称", d.subjectName],
    ["主办单位证件号码", d.certificateNumber],
    ["主体负责人", d.personName],
    ["负责人证件号码", d.idNumber],
    ["网站名称", d.websiteName],
    ["网站域名", d.domain],
    ["核验方式", "☑ 当面核验　☐ 视频核验"],
    ["核验结果", "☑ 证件原件与备案信息一致"],
    ["核验人员", ""],
    ["核验日期", cnDate(d.date)],
  ];
  const top = 330;
  const rowH = 92;
  const split = LEFT + 300;
  const cells = rows
    .map(([label, value], i) => {
      const y = top + i * rowH;
      const valueSvg =
        label === "核验人员" ? signatureInCell(split + 30, y + 60) : text(split + 30, y + 58, value, { size: 28, family: SANS });
      return `<rect x="${LEFT}" y="${y}" width="${WIDTH}" height="${rowH}" fill="${i % 2 ? "#fff" : "#f6f6f2"}" stroke="#333" stroke-width="2"/>
${text(LEFT + 24, y + 58, label, { size: 28, family: SERIF, weight: "bold" })}${valueSvg}`;
    })
    .join("");
  const bottom = top + rows.length * rowH;
  const note = paragraph(LEFT, bottom + 80, "本核验单由接入服务单位在核验网站负责人身份证件原件后填写，与备案申请材料一并留存。", {
    ...BODY,
    size: 26,
    lineHeight: 44,
    indent: true,
  });
  const body = `<rect width="${W}" height="${H}" fill="#fdfcf8"/>
${text(W / 2, 210, "网站备案信息真实性核验单", { size: 50, family: SERIF, weight: "bold", anchor: "middle", spacing: 4 })}
${text(W - LEFT, 280, `编号：HY${d.date.replace(/-/g, "")}${String(100 + (d.variant % 900))}`, { size: 24, family: SANS, anchor: "end", fill: "#444" })}
${cells}<line x1="${split}" y1="${top}" x2="${split}" y2="${bottom}" stroke="#333" stroke-width="2"/>
${note.svg}
${text(LEFT, H - 300, `接入服务单位（盖章）：${d.provider}`, { size: 30, family: SERIF })}
${text(LEFT, H - 220, "网站负责人（签字）：", { size: 30, family: SERIF })}${signature(LEFT + 330, H - 220, d.personName)}
${seal(LEFT + 560, H - 320, 120, `${d.provider}网络科技有限公司`, "备案专用章", 0.78)}`;
  return svgRoot(W, H, W, H, body);
}

function signatureInCell(x: number, y: number): string {
  return signature(x, y, "李明");
}
