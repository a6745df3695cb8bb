// The rejection-reason catalog of reasons.md as data. The console seeds its `reasons` table
// from this list; codes are never deleted because old decisions keep pointing at them.

export interface Reason {
  code: string;
  /** Shown to the applicant. */
  zh: string;
  en: string;
  /** The fix shown to the applicant, in Chinese as the catalog gives it. */
  fix: string;
  fixEn: string;
}

export const REASONS = [
  {
    code: "CROSS_PROVINCE",
    zh: "备案地域与证件所在省份不一致（单位不可跨省备案；个人需本省证件或居住证）",
    en: "Filing province differs from the certificate's",
    fix: "改为证件所在省份备案，或以当地分公司备案；个人补充居住证",
    fixEn: "File in the certificate's province or through a local branch; individuals add a residence permit",
  },
  {
    code: "INFO_MISMATCH",
    zh: "填写信息与证件或工商公示信息不一致",
    en: "Entered data differs from the certificate or registry",
    fix: "核对名称、证件号码、住所、法定代表人后修改",
    fixEn: "Check the name, certificate number, address and legal representative, then correct them",
  },
  {
    code: "CERT_UNCLEAR",
    zh: "证件材料不合格：不清晰、不完整、非原件彩色扫描件或拍照件",
    en: "Certificate image unclear, incomplete or not a colour original",
    fix: "重新上传原件正反面彩色扫描件或照片",
    fixEn: "Upload colour scans or photos of both sides of the original again",
  },
  {
    code: "CERT_EXPIRED",
    zh: "证件已过期或有效期不足三个月",
    en: "Certificate expired or expiring within 3 months",
    fix: "更换有效证件后重新上传",
    fixEn: "Upload a valid certificate",
  },
  {
    code: "MATERIAL_MISSING",
    zh: "缺少必要的备案材料",
    en: "Required material missing",
    fix: "按要求补充上传所缺材料",
    fixEn: "Upload the missing materials as required",
  },
  {
    code: "PRINCIPAL_NOT_LEGALREP",
    zh: "主体负责人须为法定代表人",
    en: "Principal must be the legal representative",
    fix: "将主体负责人改为法定代表人（分公司填写总公司法定代表人）",
    fixEn: "Make the legal representative the principal (a branch enters its head office's legal representative)",
  },
  {
    code: "AUTH_LETTER_MISSING",
    zh: "主体负责人非法定代表人，缺少法定代表人授权书",
    en: "Authorization letter missing",
    fix: "下载并上传法定代表人授权书",
    fixEn: "Download, sign and upload the legal representative's authorization letter",
  },
  {
    code: "FOREIGN_LEGALREP",
    zh: "法定代表人为外籍，须授权中国公民为负责人",
    en: "Foreign legal representative must authorize a Chinese citizen",
    fix: "授权中国公民为主体负责人并上传授权书",
    fixEn: "Authorize a Chinese citizen as the principal and upload the authorization letter",
  },
  {
    code: "CERT_NUMBER_CHANGED",
    zh: "证件号码与已备案信息不一致",
    en: "Certificate number differs from the existing record",
    fix: "填写原备案证件号码，或先提交主体变更",
    fixEn: "Enter the certificate number of the existing record, or file a subject change first",
  },
  {
    code: "RECORD_NONCOMPLIANT",
    zh: "已备案信息与现行管局规则冲突，需先变更",
    en: "Existing record conflicts with current rules",
    fix: "先将已备案信息变更为符合规则的信息，再新增网站",
    fixEn: "First change the existing record so that it meets the rules, then add the website",
  },
  {
    code: "RECORD_EXISTS",
    zh: "工信部已存在备案记录",
    en: "Record already exists at MIIT",
    fix: "使用原证件信息办理，或先办理变更",
    fixEn: "Use the original certificate data, or file a change first",
  },
  {
    code: "SUBJECT_OTHER_ACCOUNT",
    zh: "该主体已在其他账号下备案",
    en: "Subject already filed under another account",
    fix: "登录原账号办理；或申请备案迁移，或先注销原主体",
    fixEn: "Sign in to the original account; or request a filing transfer, or first cancel the original subject",
  },
  {
    code: "ADDRESS_INCOMPLETE",
    zh: "通信地址不详细（未到门牌号）",
    en: "Mailing address not detailed",
    fix: "补充到门牌号；已为最详细地址的请在备注中说明",
    fixEn: "Give the address down to the street number; if it already is the most detailed, say so in the remark",
  },
  {
    code: "PHONE_INVALID",
    zh: "联系电话不符合要求（江苏省单位须填写座机）",
    en: "Phone number does not meet requirements",
    fix: "按省管局要求填写办公座机号码",
    fixEn: "Enter an office landline as the provincial bureau requires",
  },
  {
    code: "PHONE_SEGMENT",
    zh: "手机号码无效或号段不被支持",
    en: "Mobile number invalid or segment unsupported",
    fix: "更换可正常接听的基础运营商手机号码",
    fixEn: "Use a reachable mobile number of a basic carrier",
  },
  {
    code: "PHONE_REUSED",
    zh: "该手机号码已用于其他备案主体",
    en: "Mobile number already used by another subject",
    fix: "更换手机号码，或先到原主体变更",
    fixEn: "Use another mobile number, or change it on the other subject first",
  },
  {
    code: "CONTACT_DUPLICATE",
    zh: "负责人联系方式重复（办公电话与手机号码相同等）",
    en: "Contact numbers duplicate each other",
    fix: "办公电话须与负责人手机号码不同",
    fixEn: "The office phone must differ from the principal's mobile number",
  },
  {
    code: "REMARK_MISSING",
    zh: "备注缺失或格式不符合省管局要求",
    en: "Remark missing or not in the province's format",
    fix: "按省管局格式补充备注（如手机代替办公电话时注明姓名、职务）",
    fixEn: "Add the remark in the province's format (e.g. name and job title when a mobile replaces the office phone)",
  },
  {
    code: "SITE_PRINCIPAL_CONFLICT",
    zh: "网站负责人已是其他单位的网站负责人",
    en: "Website principal already serves another unit",
    fix: "更换网站负责人",
    fixEn: "Choose another website principal",
  },
  {
    code: "DOMAIN_OWNER_MISMATCH",
    zh: "域名所有者与备案主体或主体负责人不一致",
    en: "Domain owner differs from the subject",
    fix: "修改域名实名信息或过户后再提交",
    fixEn: "Correct the domain's real-name data or transfer the domain, then resubmit",
  },
  {
    code: "DOMAIN_NOT_VERIFIED",
    zh: "域名未实名认证或实名信息未同步",
    en: "Domain not real-name verified",
    fix: "完成实名认证并等待 3–5 个工作日",
    fixEn: "Complete real-name verification and wait 3–5 working days",
  },
  {
    code: "DOMAIN_EXPIRED",
    zh: "域名已过期或有效期不足",
    en: "Domain expired or expiring",
    fix: "续费后再提交",
    fixEn: "Renew the domain, then resubmit",
  },
  {
    code: "NAME_INVALID",
    zh: "网站名称不符合命名规范",
    en: "Website name breaks naming rules",
    fix: "按命名规范修改网站名称",
    fixEn: "Rename the website according to the naming rules",
  },
  {
    code: "CONTENT_INVALID",
    zh: "网站内容与主体性质不符",
    en: "Website content does not fit the subject",
    fix: "调整网站内容或改为单位备案",
    fixEn: "Adjust the website's content or file as a unit",
  },
  {
    code: "PREAPPROVAL_MISSING",
    zh: "涉及前置审批内容，未提供审批文件",
    en: "Pre-approval document missing",
    fix: "办理并上传前置审批文件",
    fixEn: "Obtain and upload the pre-approval document",
  },
  {
    code: "JS_COMMITMENT",
    zh: "江苏省真实性核验材料缺失或不合格（告知书、承诺书、承诺视频）",
    en: "Jiangsu authenticity materials missing or invalid",
    fix: "下载并签署告知书与承诺书，手持承诺书朗读并录制视频后上传",
    fixEn:
      "Download and sign the notice and the commitment letter, record a video reading the letter aloud while holding it, and upload them",
  },
  {
    code: "PHOTO_INVALID",
    zh: "幕布照或人脸核验不合格",
    en: "Verification photo invalid",
    fix: "重新拍摄或重新核验",
    fixEn: "Take the photo or the face check again",
  },
  {
    code: "VERIFY_FORM_INVALID",
    zh: "真实性核验单不合格（模板错误、未签字盖章、不清晰）",
    en: "Verification form invalid",
    fix: "下载本省模板重新签署后上传",
    fixEn: "Download this province's template, sign it again and upload it",
  },
  {
    code: "PHONE_UNREACHABLE",
    zh: "审核电话无法接通",
    en: "Principal unreachable by phone",
    fix: "保持电话畅通，等待审核人员回电",
    fixEn: "Keep the phone reachable and wait for the reviewer's call",
  },
  {
    code: "OTHER",
    zh: "其他（见审核备注）",
    en: "Other (see note)",
    fix: "按审核备注修改",
    fixEn: "Make the changes given in the reviewer's note",
  },
] as const satisfies readonly Reason[];

export type ReasonCode = (typeof REASONS)[number]["code"];

export const REASON_CODES = REASONS.map((r) => r.code) as readonly ReasonCode[];

/** OTHER carries no meaning of its own, so a rejection with it needs a note. */
export const REASON_NEEDS_NOTE: ReasonCode = "OTHER";

const BY_CODE = new Map<string, Reason>(REASONS.map((r) => [r.code, r]));

export function reasonByCode(code: string): Reason | undefined {
  return BY_CODE.get(code);
}
