// Closed value lists of the filing document (filing-format.md). The zod schema, the rules
// engine and the UI all read these, so a new value is added in exactly one place.

export const PROVINCE_CODES = {
  北京: "11",
  天津: "12",
  河北: "13",
  山西: "14",
  内蒙古: "15",
  辽宁: "21",
  吉林: "22",
  黑龙江: "23",
  上海: "31",
  江苏: "32",
  浙江: "33",
  安徽: "34",
  福建: "35",
  江西: "36",
  山东: "37",
  河南: "41",
  湖北: "42",
  湖南: "43",
  广东: "44",
  广西: "45",
  海南: "46",
  重庆: "50",
  四川: "51",
  贵州: "52",
  云南: "53",
  西藏: "54",
  陕西: "61",
  甘肃: "62",
  青海: "63",
  宁夏: "64",
  新疆: "65",
} as const;

export const PROVINCES = [
  "北京",
  "天津",
  "河北",
  "山西",
  "内蒙古",
  "辽宁",
  "吉林",
  "黑龙江",
  "上海",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "广西",
  "海南",
  "重庆",
  "四川",
  "贵州",
  "云南",
  "西藏",
  "陕西",
  "甘肃",
  "青海",
  "宁夏",
  "新疆",
] as const satisfies readonly (keyof typeof PROVINCE_CODES)[];

export type Province = (typeof PROVINCES)[number];

export const FILING_TYPES = ["new_filing", "new_website", "new_access", "change"] as const;
export type FilingType = (typeof FILING_TYPES)[number];

export const SUBJECT_KINDS = ["unit", "individual"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SUBJECT_NATURES = [
  "企业",
  "政府机关",
  "事业单位",
  "社会团体",
  "民办非企业单位",
  "基金会",
  "律师执业机构",
  "医疗机构",
  "国防机构",
  "宗教团体",
  "境外机构",
  "个人",
] as const;
export type SubjectNature = (typeof SUBJECT_NATURES)[number];

export const ID_TYPES = [
  "居民身份证",
  "护照",
  "港澳居民来往内地通行证",
  "台湾居民来往大陆通行证",
  "外国人永久居留身份证",
  "港澳居民居住证",
  "台湾居民居住证",
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const RESIDENT_ID_CARD = "居民身份证" satisfies IdType;

export const MATERIAL_KINDS = [
  "subject_certificate",
  "principal_id_front",
  "principal_id_back",
  "site_principal_id_front",
  "site_principal_id_back",
  "legal_rep_passport",
  "principal_authorization",
  "site_principal_authorization",
  "verification_photo",
  "handheld_certificate",
  "residence_permit",
  "verification_form",
  "js_responsibility_notice",
  "js_commitment_letter",
  "js_commitment_video",
  "domain_certificate",
  "other",
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** Certificate validity that never ends. */
export const INDEFINITE = "长期";

export const MAX_UNIT_WEBSITES = 10;
