import type { FilingType, IdType, MaterialKind, Province, SubjectKind, SubjectNature } from "@/lib/domain/validation/constants";

export interface Label {
  zh: string;
  en: string;
}

export const MATERIAL_KIND_LABELS: Record<MaterialKind, Label> = {
  subject_certificate: { zh: "主办单位证件", en: "Subject certificate (business licence etc.)" },
  principal_id_front: { zh: "主体负责人证件正面", en: "Principal's ID, front" },
  principal_id_back: { zh: "主体负责人证件反面", en: "Principal's ID, back" },
  site_principal_id_front: { zh: "网站负责人证件正面", en: "Website principal's ID, front" },
  site_principal_id_back: { zh: "网站负责人证件反面", en: "Website principal's ID, back" },
  legal_rep_passport: { zh: "法定代表人护照", en: "Legal representative's passport" },
  principal_authorization: { zh: "法定代表人授权书", en: "Legal representative's authorization letter" },
  site_principal_authorization: { zh: "网站负责人授权书", en: "Website principal's authorization letter" },
  verification_photo: { zh: "幕布照 / 人脸核验照", en: "Verification photo" },
  handheld_certificate: { zh: "手持证件照", en: "Photo holding the certificate" },
  residence_permit: { zh: "居住证 / 暂住证", en: "Residence permit" },
  verification_form: { zh: "真实性核验单", en: "Authenticity verification form" },
  js_responsibility_notice: {
    zh: "江苏省网站备案信息真实性责任告知书",
    en: "Jiangsu authenticity responsibility notice",
  },
  js_commitment_letter: { zh: "江苏省网站备案信息真实性承诺书", en: "Jiangsu authenticity commitment letter" },
  js_commitment_video: { zh: "承诺视频", en: "Jiangsu commitment video" },
  domain_certificate: { zh: "域名证书 / 实名截图", en: "Domain certificate / real-name screenshot" },
  other: { zh: "其他", en: "Other" },
};

export const FILING_TYPE_LABELS: Record<FilingType, Label> = {
  new_filing: { zh: "首次备案", en: "First filing" },
  new_website: { zh: "新增网站", en: "New website" },
  new_access: { zh: "新增接入", en: "New access" },
  change: { zh: "变更备案", en: "Change" },
};

export const SUBJECT_KIND_LABELS: Record<SubjectKind, Label> = {
  unit: { zh: "单位", en: "Unit" },
  individual: { zh: "个人", en: "Individual" },
};

export const SUBJECT_NATURE_LABELS: Record<SubjectNature, Label> = {
  企业: { zh: "企业", en: "Enterprise" },
  政府机关: { zh: "政府机关", en: "Government agency" },
  事业单位: { zh: "事业单位", en: "Public institution" },
  社会团体: { zh: "社会团体", en: "Social organisation" },
  民办非企业单位: { zh: "民办非企业单位", en: "Private non-enterprise unit" },
  基金会: { zh: "基金会", en: "Foundation" },
  律师执业机构: { zh: "律师执业机构", en: "Law firm" },
  医疗机构: { zh: "医疗机构", en: "Medical institution" },
  国防机构: { zh: "国防机构", en: "Defence institution" },
  宗教团体: { zh: "宗教团体", en: "Religious organisation" },
  境外机构: { zh: "境外机构", en: "Foreign institution" },
  个人: { zh: "个人", en: "Individual" },
};

export const ID_TYPE_LABELS: Record<IdType, Label> = {
  居民身份证: { zh: "居民身份证", en: "Resident ID card" },
  护照: { zh: "护照", en: "Passport" },
  港澳居民来往内地通行证: { zh: "港澳居民来往内地通行证", en: "Mainland travel permit (HK/Macao)" },
  台湾居民来往大陆通行证: { zh: "台湾居民来往大陆通行证", en: "Mainland travel permit (Taiwan)" },
  外国人永久居留身份证: { zh: "外国人永久居留身份证", en: "Foreign permanent resident ID card" },
  港澳居民居住证: { zh: "港澳居民居住证", en: "Residence permit (HK/Macao)" },
  台湾居民居住证: { zh: "台湾居民居住证", en: "Residence permit (Taiwan)" },
};

export const PROVINCE_LABELS: Record<Province, Label> = {
  北京: { zh: "北京", en: "Beijing" },
  天津: { zh: "天津", en: "Tianjin" },
  河北: { zh: "河北", en: "Hebei" },
  山西: { zh: "山西", en: "Shanxi" },
  内蒙古: { zh: "内蒙古", en: "Inner Mongolia" },
  辽宁: { zh: "辽宁", en: "Liaoning" },
  吉林: { zh: "吉林", en: "Jilin" },
  黑龙江: { zh: "黑龙江", en: "Heilongjiang" },
  上海: { zh: "上海", en: "Shanghai" },
  江苏: { zh: "江苏", en: "Jiangsu" },
  浙江: { zh: "浙江", en: "Zhejiang" },
  安徽: { zh: "安徽", en: "Anhui" },
  福建: { zh: "福建", en: "Fujian" },
  江西: { zh: "江西", en: "Jiangxi" },
  山东: { zh: "山东", en: "Shandong" },
  河南: { zh: "河南", en: "Henan" },
  湖北: { zh: "湖北", en: "Hubei" },
  湖南: { zh: "湖南", en: "Hunan" },
  广东: { zh: "广东", en: "Guangdong" },
  广西: { zh: "广西", en: "Guangxi" },
  海南: { zh: "海南", en: "Hainan" },
  重庆: { zh: "重庆", en: "Chongqing" },
  四川: { zh: "四川", en: "Sichuan" },
  贵州: { zh: "贵州", en: "Guizhou" },
  云南: { zh: "云南", en: "Yunnan" },
  西藏: { zh: "西藏", en: "Tibet" },
  陕西: { zh: "陕西", en: "Shaanxi" },
  甘肃: { zh: "甘肃", en: "Gansu" },
  青海: { zh: "青海", en: "Qinghai" },
  宁夏: { zh: "宁夏", en: "Ningxia" },
  新疆: { zh: "新疆", en: "Xinjiang" },
};
