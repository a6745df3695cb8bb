import { cnDate, type ResolvedDocumentData } from "@/demo/documents/document-data";
import { guilloche, MONO, SANS, seal, SERIF, svgRoot, text } from "@/demo/documents/svg";
import { portrait } from "@/demo/documents/templates/id-card";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** "1986-07-15" → "15 JUL 1986", as printed on passports. */
function passportDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

function yymmdd(iso: string): string {
  return iso
    .replace(/^\d{2}(\d{2})-(\d{2})-(\d{2})$/, "$1$2$3")
    .padEnd(6, "<")
    .slice(0, 6);
}

/** Passport data page (ICAO 9303 TD3 layout, illustrative MRZ) of a foreign legal representative. */
export function passportDataPage(d: ResolvedDocumentData): string {
  const W = 1500;
  const H = 1060;
  const [surname, given = ""] = d.latinName.split(",").map((s) => s.trim().toUpperCase());
  const country = d.nationality.toUpperCase().slice(0, 3).padEnd(3, "<");
  const expiry = d.validUntil === "长期" ? "2036-05-01" : d.validUntil;
  const names = `${surname.replace(/\s+/g, "<")}<<${given.replace(/\s+/g, "<")}`;
  const mrz1 = `P<${country}${names}`.padEnd(44, "<").slice(0, 44);
  const mrz2 =
    `${d.passportNumber.padEnd(9, "<")}0${country}${yymmdd(d.birthDate)}0${d.gender === "女" ? "F" : "M"}${yymmdd(expiry)}0`
      .padEnd(42, "<")
      .slice(0, 42) + "04";
  const label = (x: number, y: number, s: string) => text(x, y, s, { size: 20, fill: "#4a5a70", family: SANS });
  const value = (x: number, y: number, s: string) => text(x, y, s, { size: 32, fill: "#111", family: SANS, weight: "bold" });
  const fields = [
    [500, 250, "Type / 类型", "P"],
    [700, 250, "Code of issuing State", country],
    [1050, 250, "Passport No.", d.passportNumber],
    [500, 340, "Surname", surname],
    [500, 430, "Given names", given],
    [500, 520, "Nationality", d.nationality.toUpperCase()],
    [500, 610, "Date of birth", passportDate(d.birthDate)],
    [900, 610, "Sex", d.gender === "女" ? "F" : "M"],
    [500, 700, "Date of issue", passportDate(d.validFrom)],
    [900, 700, "Date of expiry", passportDate(expiry)],
  ] as const;
  const body = `<rect width="${W}" height="${H}" fill="#e9e7e1"/>
<rect x="30" y="30" width="${W - 60}" height="${H - 60}" rx="20" fill="#eef1f4"/>
${guilloche(30, 30, W - 60, H - 60, "#a3b6cf", 18, 0.35)}
${text(80, 130, "PASSPORT", { size: 54, family: SERIF, weight: "bold", fill: "#283c64", spacing: 8 })}
${text(W - 80, 130, d.nationality.toUpperCase(), { size: 36, family: SANS, weight: "bold", fill: "#283c64", anchor: "end" })}
${portrait(d, 90, 220, 340, 440)}
${fields.map(([x, y, l, v]) => label(x, y - 44, l) + value(x, y, v)).join("")}
<rect x="30" y="${H - 230}" width="${W - 60}" height="200" fill="#f7f7f4"/>
${text(80, H - 145, mrz1, { size: 44, family: MONO, fill: "#111", spacing: 1.5 })}
${text(80, H - 70, mrz2, { size: 44, family: MONO, fill: "#111", spacing: 1.5 })}`;
  return svgRoot(W, H, W, H, body);
}

/** 域名注册证书 issued by the registrar. */
export function domainCertificate(d: ResolvedDocumentData): string {
  const W = 1600;
  const H = 1131;
  const blue = "#1f4f8c";
  const expiry = `${Number(d.date.slice(0, 4)) + 1}${d.date.slice(4)}`;
  const rows = [
    ["域名", "Domain Name", d.domain],
    ["域名持有者", "Registrant", d.subjectName],
    ["注册日期", "Registration Date", cnDate(d.registeredOn)],
    ["到期日期", "Expiration Date", cnDate(expiry)],
    ["注册服务机构", "Registrar", d.registrar],
  ];
  const body = `<rect width="${W}" height="${H}" fill="#fbfbf7"/>
<rect x="30" y="30" width="${W - 60}" height="${H - 60}" fill="none" stroke="${blue}" stroke-width="12"/>
<rect x="58" y="58" width="${W - 116}" height="${H - 116}" fill="none" stroke="#c9a23c" stroke-width="4"/>
${text(W / 2, 230, "域名注册证书", { size: 84, family: SERIF, weight: "bold", fill: blue, anchor: "middle", spacing: 18 })}
${text(W / 2, 290, "Domain Name Registration Certificate", { size: 32, family: SERIF, fill: "#555", anchor: "middle" })}
${text(W / 2, 380, `兹证明 ${d.domain} 已由下列持有者注册，并已在国际互联网域名数据库中记录。`, { size: 28, family: SERIF, fill: "#222", anchor: "middle" })}
${rows
  .map(
    ([zh, en, v], i) =>
      text(260, 500 + i * 92, zh, { size: 32, family: SERIF, weight: "bold", fill: "#222" }) +
      text(260, 530 + i * 92, en, { size: 18, family: SANS, fill: "#777" }) +
      text(620, 505 + i * 92, v, { size: 34, family: SANS, fill: "#111" }),
  )
  .join("")}
${seal(1240, 930, 105, d.registrar.replace(/（.*）$/, ""), "", 0.8)}
${text(1240, 1050, cnDate(d.date), { size: 26, family: SANS, fill: "#222", anchor: "middle" })}`;
  return svgRoot(W, H, W, H, body);
}
