import { PROVINCE_CODES, PROVINCES, type Province } from "@/lib/domain/validation/constants";
import type { LocalizedText } from "@/lib/domain/rules/types";

// Every province-dependent rule reads this one table (rules.md "Province tables"), so a
// 管局 rule change is a one-line diff. Sources: 003 = seeds/003_477a9ac82133c51a.txt,
// 000 = seeds/000_e67fb894de8d3d67.txt, ref = reference/icp-research.md.

/** 主体负责人 of a unit: must be the legal rep / may be someone else with a 授权书 / anyone. */
export type LegalRepPolicy = "required" | "authorization" | "optional";
/** Individual filing with a resident ID from another province. */
export type OutOfProvinceIdPolicy = "accepted" | "permit" | "rejected";
/** What 主体备注 must say when a unit gives a mobile as 办公电话. */
export type OfficeMobileRemark = "none" | "job_title" | "name" | "name_and_job_title";

export interface ProvinceRow {
  legalRep: LegalRepPolicy;
  outOfProvinceId: OutOfProvinceIdPolicy;
  officeMobileRemark: OfficeMobileRemark;
  officePhoneNotPrincipalMobile: boolean;
  landlineRequired: boolean;
  foreignLegalRepNeedsCnPrincipal: boolean;
  authenticityMaterials: boolean;
  personalSiteNameFormat: boolean;
  source: string;
}

type RowSpec = Pick<ProvinceRow, "legalRep" | "outOfProvinceId" | "source"> & Partial<ProvinceRow>;

const row = (spec: RowSpec): ProvinceRow => ({
  officeMobileRemark: "none",
  officePhoneNotPrincipalMobile: false,
  landlineRequired: false,
  foreignLegalRepNeedsCnPrincipal: false,
  authenticityMaterials: false,
  personalSiteNameFormat: false,
  ...spec,
});

// prettier-ignore
export const PROVINCE_TABLE: Readonly<Record<Province, ProvinceRow>> = {
  北京: row({ legalRep: "optional", outOfProvinceId: "accepted", officePhoneNotPrincipalMobile: true, source: "003 #question5, #question9 (北京：需与负责人手机号不同); ref §1.3" }),
  天津: row({ legalRep: "required", outOfProvinceId: "accepted", officeMobileRemark: "name_and_job_title", source: "003 #question5, #question9 (天津：备注姓名、企业职务); ref §1.3" }),
  河北: row({ legalRep: "required", outOfProvinceId: "accepted", foreignLegalRepNeedsCnPrincipal: true, source: "003 #question5; 000 (法定代表人是外国人: 例如河北); ref §1.3" }),
  山西: row({ legalRep: "optional", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  内蒙古: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  辽宁: row({ legalRep: "optional", outOfProvinceId: "accepted", officePhoneNotPrincipalMobile: true, source: "003 #question5, #question9 (辽宁：需与负责人手机号不同); ref §1.3" }),
  吉林: row({ legalRep: "authorization", outOfProvinceId: "permit", officePhoneNotPrincipalMobile: true, source: "003 #question5, #question9 (吉林：需与负责人手机号不同); ref §1.3" }),
  黑龙江: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  上海: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  江苏: row({ legalRep: "optional", outOfProvinceId: "permit", landlineRequired: true, authenticityMaterials: true, personalSiteNameFormat: true, source: "003 #question5, #question9 (除江苏省必填座机号码外); 000 (江苏省网站备案真实性核验); ref §1.3, §1.6 (XX的个人博客/主页)" }),
  浙江: row({ legalRep: "required", outOfProvinceId: "accepted", source: "003 #question5; ref §1.3" }),
  安徽: row({ legalRep: "authorization", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  福建: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  江西: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  山东: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  河南: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  湖北: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  湖南: row({ legalRep: "required", outOfProvinceId: "accepted", source: "003 #question5; ref §1.3" }),
  广东: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  广西: row({ legalRep: "required", outOfProvinceId: "accepted", source: "003 #question5; ref §1.3" }),
  海南: row({ legalRep: "optional", outOfProvinceId: "accepted", source: "003 #question5; ref §1.3" }),
  重庆: row({ legalRep: "required", outOfProvinceId: "rejected", officeMobileRemark: "name", source: "003 #question5, #question9 (重庆：备注联系人姓名); ref §1.3" }),
  四川: row({ legalRep: "authorization", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  贵州: row({ legalRep: "required", outOfProvinceId: "permit", source: "003 #question5; ref §1.3" }),
  云南: row({ legalRep: "required", outOfProvinceId: "accepted", source: "003 #question5; ref §1.3" }),
  西藏: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  陕西: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  甘肃: row({ legalRep: "authorization", outOfProvinceId: "rejected", officeMobileRemark: "job_title", source: "003 #question5, #question9 (甘肃：备注企业职务); ref §1.3" }),
  青海: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  宁夏: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
  新疆: row({ legalRep: "required", outOfProvinceId: "rejected", source: "003 #question5; ref §1.3" }),
};

export interface ProvinceColumn {
  key: Exclude<keyof ProvinceRow, "source">;
  label: LocalizedText;
  source: string;
}

/** Column headings for the /rules page. */
export const PROVINCE_COLUMNS: readonly ProvinceColumn[] = [
  {
    key: "legalRep",
    label: { zh: "主体负责人须为法定代表人", en: "Principal must be the legal representative" },
    source: "003 #question5",
  },
  { key: "outOfProvinceId", label: { zh: "个人：外省身份证", en: "Individual: ID from another province" }, source: "ref §1.3" },
  {
    key: "officeMobileRemark",
    label: { zh: "办公电话填手机时的备注", en: "Remark when the office phone is a mobile" },
    source: "003 #question9",
  },
  {
    key: "officePhoneNotPrincipalMobile",
    label: { zh: "办公电话须与负责人手机不同", en: "Office phone must differ from the principal's mobile" },
    source: "003 #question9",
  },
  { key: "landlineRequired", label: { zh: "单位须填座机", en: "Units must give a landline" }, source: "003 #question9" },
  {
    key: "foreignLegalRepNeedsCnPrincipal",
    label: { zh: "外籍法定代表人须授权中国公民", en: "Foreign legal rep must authorize a Chinese citizen" },
    source: "000 (法定代表人是外国人)",
  },
  {
    key: "authenticityMaterials",
    label: { zh: "真实性告知书、承诺书、承诺视频", en: "Authenticity notice, letter and video" },
    source: "000 (江苏省网站备案真实性核验)",
  },
  {
    key: "personalSiteNameFormat",
    label: { zh: "个人网站名称：XX的个人博客/主页", en: "Personal site name: XX的个人博客/主页" },
    source: "ref §1.6",
  },
];

export function provincesWhere(predicate: (row: ProvinceRow) => boolean): Province[] {
  return PROVINCES.filter((p) => predicate(PROVINCE_TABLE[p]));
}

const BY_CODE = new Map<string, Province>(PROVINCES.map((p) => [PROVINCE_CODES[p], p]));

/** Province of a GB/T 2260 two-digit code; null for a code outside the 31. */
export function provinceOfCode(code: string): Province | null {
  return BY_CODE.get(code) ?? null;
}
