import type { RuleId, RuleMeta } from "@/lib/domain/rules/types";

// The catalog of rules.md "The rules" as data: severity and reason live here only, so a
// violation can never disagree with the /rules page.

export const RULES: readonly RuleMeta[] = [
  {
    id: "SUBJECT_CROSS_PROVINCE",
    severity: "error",
    reason: "CROSS_PROVINCE",
    appliesTo: { zh: "单位", en: "Units" },
    description: {
      zh: "证件住所所在省份与备案省份不同；住所未写明省份时，以有效统一社会信用代码第3–4位判断",
      en: "The province of the certificate address differs from the filing province; where the address names none, positions 3–4 of a valid USCC decide",
    },
    source: "003 #question1",
    sourceQuote: "备案主体如为单位/企业，则不允许跨省备案。",
  },
  {
    id: "INDIVIDUAL_OUT_OF_PROVINCE",
    severity: "error",
    reason: "CROSS_PROVINCE",
    appliesTo: { zh: "个人（主体负责人证件为居民身份证）", en: "Individuals whose ID is a resident ID card" },
    description: {
      zh: "身份证所属省份不是备案省份，且备案省份不接受外省证件，或要求居住证而未上传",
      en: "The ID's province is not the filing province, and that province accepts no other province's ID, or needs a residence permit that is missing",
    },
    source: "003 #question1; ref §1.3",
    sourceQuote: "备案主体如为个人，部分管局要求备案地域必须为个人证件地址所在省份。",
  },
  {
    id: "UNIT_CERT_NUMBER_INVALID",
    severity: "error",
    reason: "INFO_MISMATCH",
    appliesTo: { zh: "单位", en: "Units" },
    description: {
      zh: "三证合一证件不是有效的18位统一社会信用代码；非三证合一营业执照不是有效的15位注册号；其他证件填了18位号码却不是有效统一社会信用代码",
      en: "A three-in-one certificate without a valid 18-character USCC; a non-three-in-one business licence without a valid 15-digit registration number; another certificate with an 18-character number that is not a valid USCC",
    },
    source: "003 #question3; ref §3.1, §3.3",
    sourceQuote: "如您的证件是三证合一新证件需要填写统一社会信用代码，如非三证合一证件则填写注册号码。",
  },
  {
    id: "NATURE_CODE_MISMATCH",
    severity: "warning",
    reason: "INFO_MISMATCH",
    appliesTo: { zh: "持有效统一社会信用代码的单位", en: "Units with a valid USCC" },
    description: {
      zh: "统一社会信用代码前两位对应的主办单位性质与所选性质不同（91/92/93→企业，11→政府机关，12→事业单位，51→社会团体，52→民办非企业单位，53→基金会，31→律师执业机构）",
      en: "USCC characters 1–2 map to a different subject nature (91/92/93→企业, 11→政府机关, 12→事业单位, 51→社会团体, 52→民办非企业单位, 53→基金会, 31→律师执业机构)",
    },
    source: "ref §3.1",
    sourceQuote:
      "部门码 + 类别码 vs the chosen 主办单位性质 (e.g. `91` ⇒ 企业, `92` ⇒ 个体工商户 filed as 企业, `52` ⇒ 民办非企业, `31` ⇒ 律师执业机构).",
  },
  {
    id: "PERSON_ID_INVALID",
    severity: "error",
    reason: "INFO_MISMATCH",
    appliesTo: { zh: "证件类型为居民身份证的每一位相关人员", en: "Every person of the filing whose ID is a resident ID card" },
    description: {
      zh: "身份证号码不是18位、校验码错误，或出生日期不是真实日期或晚于评估日期",
      en: "The ID number is not 18 characters with a valid check character, or its birth date is not a real date on or before the evaluation date",
    },
    source: "000 (信息一致); ref §3.4",
    sourceQuote: "上传备案证件材料时，请提供与备案信息相符的证件材料。",
  },
  {
    id: "ID_EXPIRED",
    severity: "error",
    reason: "CERT_EXPIRED",
    appliesTo: {
      zh: "主体负责人、网站负责人证件有效期，主办单位证件有效期",
      en: "Principal and website principal ID validity, subject certificate validity",
    },
    description: { zh: "有效期早于评估日期（“长期”不会过期）", en: "The date is before the evaluation date (长期 never expires)" },
    source: "000 (证件在有效期内)",
    sourceQuote: "确保您提供的证件在有效期内。",
  },
  {
    id: "ID_EXPIRING_SOON",
    severity: "warning",
    reason: "CERT_EXPIRED",
    appliesTo: { zh: "同上", en: "The same dates" },
    description: { zh: "证件将在90天内到期", en: "The certificate expires within 90 days of the evaluation date" },
    source: "ref §1.1",
    sourceQuote: "Certificate valid for **> 3 months** (Aliyun 2019 every province; UCloud 2024 every province; Tencent 2017 Shanghai).",
  },
  {
    id: "CERT_RECENTLY_CHANGED",
    severity: "warning",
    reason: "INFO_MISMATCH",
    appliesTo: { zh: "填写了登记/变更日期的单位", en: "Units with a registration or change date" },
    description: {
      zh: "登记/变更日期之后至提交日（北京时间）不足7个工作日，工商信息可能尚未同步",
      en: "Fewer than 7 working days from the registration or change date to the submission date (UTC+8): the registry may not have caught up",
    },
    source: "003 #question17",
    sourceQuote: "证件注册或更新后需3 - 7个工作日同步信息，然后才可进行备案。",
  },
  {
    id: "ADDRESS_NOT_DETAILED",
    severity: "warning",
    reason: "ADDRESS_INCOMPLETE",
    appliesTo: { zh: "全部", en: "All filings" },
    description: {
      zh: "通信地址没有门牌号（号、弄、栋、幢、座、楼、室、单元），且备注未说明“已为最详细地址”",
      en: "The mailing address has no door number (号 弄 栋 幢 座 楼 室 单元) and the remark does not say it is the most detailed (最详细)",
    },
    source: "003 #question4",
    sourceQuote: "可以在备注中备注通信地址已为最详细地址。",
  },
  {
    id: "PRINCIPAL_NOT_LEGAL_REP",
    severity: "error",
    reason: "PRINCIPAL_NOT_LEGALREP",
    appliesTo: {
      zh: "要求主体负责人为法定代表人的省份的单位",
      en: "Units in provinces that require the legal representative as principal",
    },
    description: {
      zh: "主体负责人不是法定代表人（分公司为总公司法定代表人）；河北的外籍法定代表人由其后两条规则判断",
      en: "The principal is not the legal representative (for a branch, the head office's); in 河北 a foreign legal representative is left to the next rules",
    },
    source: "003 #question5, #question7",
    sourceQuote: "主体负责人必须是法定负责人\n填写总公司法定代表人即可。",
  },
  {
    id: "AUTHORIZATION_LETTER_MISSING",
    severity: "error",
    reason: "AUTH_LETTER_MISSING",
    appliesTo: {
      zh: "主体负责人非法人需授权书的省份的单位",
      en: "Units in provinces that accept another principal with an authorization letter",
    },
    description: {
      zh: "主体负责人不是法定代表人，且未上传法定代表人授权书",
      en: "The principal is not the legal representative and no authorization letter was uploaded",
    },
    source: "003 #question5",
    sourceQuote: "主体负责人不是法定代表人，需提供",
  },
  {
    id: "FOREIGN_LEGAL_REP_PASSPORT_MISSING",
    severity: "error",
    reason: "MATERIAL_MISSING",
    appliesTo: { zh: "法定代表人为外籍的单位", en: "Units whose legal representative is not a Chinese citizen" },
    description: { zh: "未上传法定代表人护照", en: "The legal representative's passport is missing" },
    source: "000 (法定代表人是外国人)",
    sourceQuote: "需要上传护照来备案。",
  },
  {
    id: "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL",
    severity: "error",
    reason: "FOREIGN_LEGALREP",
    appliesTo: { zh: "河北省法定代表人为外籍的单位", en: "Units in 河北 whose legal representative is not a Chinese citizen" },
    description: {
      zh: "主体负责人不是中国公民，或未上传法定代表人授权书",
      en: "The principal is not a Chinese citizen, or the authorization letter is missing",
    },
    source: "000 (法定代表人是外国人)",
    sourceQuote: "但有部分省份，例如河北，若法定代表人为外籍须授权中国公民为负责人。",
  },
  {
    id: "EXISTING_RECORD_CERT_MISMATCH",
    severity: "error",
    reason: "CERT_NUMBER_CHANGED",
    appliesTo: { zh: "新增网站、新增接入（有已备案信息）", en: "New website or new access with an existing record" },
    description: {
      zh: "主办单位证件号码与已备案证件号码不同（应填写原证件号码，或先办理变更）",
      en: "The certificate number differs from the existing record's (enter the old number, or file a change first)",
    },
    source: "000 (营业执照换新); 003 #question2",
    sourceQuote: "需要填写以前的证件号码，才能正确验证备案类型，上传新的营业执照。",
  },
  {
    id: "EXISTING_RECORD_NOT_COMPLIANT",
    severity: "error",
    reason: "RECORD_NONCOMPLIANT",
    appliesTo: {
      zh: "要求主体负责人为法定代表人的省份的单位新增网站、新增接入",
      en: "Unit new website or new access in provinces that require the legal representative as principal",
    },
    description: {
      zh: "已备案信息的主体负责人不是法定代表人，需先变更",
      en: "The existing record's principal is not the legal representative: it must be changed first",
    },
    source: "003 #question8",
    sourceQuote: "若已成功信息与当前规则冲突则需要将已备案信息变更为符合规则的信息后才可进行新增网站流程。",
  },
  {
    id: "LANDLINE_REQUIRED",
    severity: "error",
    reason: "PHONE_INVALID",
    appliesTo: { zh: "江苏省单位", en: "Units in 江苏" },
    description: { zh: "办公电话未填写或不是座机号码", en: "The office phone is missing or not a landline" },
    source: "003 #question9",
    sourceQuote: "如果是单位备案，目前除江苏省必填座机号码外，其他省份办公电话可填手机号代替。",
  },
  {
    id: "OFFICE_MOBILE_REMARK_MISSING",
    severity: "error",
    reason: "REMARK_MISSING",
    appliesTo: { zh: "甘肃、重庆、天津的单位", en: "Units in 甘肃, 重庆, 天津" },
    description: {
      zh: "办公电话填写了手机号，但主体备注缺少该省要求的内容（甘肃：职务；重庆：负责人姓名；天津：姓名和职务）",
      en: "The office phone is a mobile and the subject remark lacks what the province asks (甘肃: a job title; 重庆: the principal's name; 天津: both)",
    },
    source: "003 #question9",
    sourceQuote:
      "甘肃：办公电话如填写手机号需备注企业职务。\n重庆：办公电话填写手机号需备注联系人姓名。\n天津：办公电话填写手机号需备注姓名、企业职务。",
  },
  {
    id: "OFFICE_PHONE_SAME_AS_MOBILE",
    severity: "error",
    reason: "CONTACT_DUPLICATE",
    appliesTo: { zh: "辽宁、吉林、北京的单位", en: "Units in 辽宁, 吉林, 北京" },
    description: { zh: "办公电话与主体负责人手机号码相同", en: "The office phone is the principal's mobile number" },
    source: "003 #question9",
    sourceQuote: "辽宁：需与负责人手机号不同。\n吉林：需与负责人手机号不同。\n北京：需与负责人手机号不同。",
  },
  {
    id: "MOBILE_INVALID",
    severity: "error",
    reason: "PHONE_SEGMENT",
    appliesTo: { zh: "主体负责人、网站负责人手机号码", en: "Principal and website principal mobiles" },
    description: { zh: "不是有效的手机号码", en: "Not a valid mobile number" },
    source: "003 #question15",
    sourceQuote: "建议换一个可以支持的手机号段，或者可以填写朋友或亲人的可以正常接听的手机号。",
  },
  {
    id: "MOBILE_VIRTUAL_SEGMENT",
    severity: "warning",
    reason: "PHONE_SEGMENT",
    appliesTo: { zh: "同上", en: "The same mobiles" },
    description: {
      zh: "虚拟运营商号段（170、171、162、165、167），部分管局不支持",
      en: "A virtual-operator segment (170 171 162 165 167), which some bureaus do not accept",
    },
    source: "003 #question15; ref §3.5",
    sourceQuote: '- Flag MVNO numbers (170/171/162/165/167) as "可能不被管局支持", per province config.',
  },
  {
    id: "PHONE_SHARED_ACROSS_SUBJECTS",
    severity: "error",
    reason: "PHONE_REUSED",
    appliesTo: { zh: "全部", en: "All filings" },
    description: {
      zh: "主体负责人或网站负责人手机号码已是其他证件号码不同的备案的负责人手机号码",
      en: "A principal or website-principal mobile is a principal or website-principal mobile of another filing with a different certificate number",
    },
    source: "003 #question16; ref §1.4",
    sourceQuote: "部分管局规定手机号码不可以为多个备案主体使用",
  },
  {
    id: "SITE_PRINCIPAL_MULTIPLE_UNITS",
    severity: "error",
    reason: "SITE_PRINCIPAL_CONFLICT",
    appliesTo: { zh: "单位", en: "Units" },
    description: {
      zh: "网站负责人（同一证件号码）已是其他证件号码不同的单位备案的网站负责人（个人备案不计）",
      en: "A website principal (same ID number) is the website principal of another unit filing with a different certificate number (individual filings do not count)",
    },
    source: "003 #question12",
    sourceQuote: "但不可以同时作为多家不同公司的网站负责人。",
  },
  {
    id: "SUBJECT_ON_OTHER_ACCOUNT",
    severity: "warning",
    reason: "SUBJECT_OTHER_ACCOUNT",
    appliesTo: { zh: "填写了 accountId 的备案", en: "Filings with an accountId" },
    description: {
      zh: "同一主体证件号码的其他备案来自另一个账号（accountId 不同）；提示中给出那条备案的订单号",
      en: "Another filing of the same subject certificate number came from a different account (accountId); the message names that filing's order number",
    },
    source: "003 #question111",
    sourceQuote: "如果您的主体已在腾讯云其他账号下备案，您登录已备案的账号即可查看到您的备案信息。",
  },
  {
    id: "DOMAIN_OWNER_MISMATCH",
    severity: "error",
    reason: "DOMAIN_OWNER_MISMATCH",
    appliesTo: { zh: "每个网站", en: "Each website" },
    description: {
      zh: "域名所有者名称既不是主办单位也不是主体负责人；或域名所有者证件号码既不是主办单位证件号码也不是主体负责人证件号码",
      en: "The domain owner's name is neither the subject's nor the principal's; or its certificate number is neither the subject's nor the principal's ID number",
    },
    source: "003 #question11",
    sourceQuote: "备案主体负责人需要与域名所有者一致。",
  },
  {
    id: "SITE_NAME_INVALID",
    severity: "warning",
    reason: "NAME_INVALID",
    appliesTo: { zh: "每个网站", en: "Each website" },
    description: {
      zh: "汉字少于3个；包含完整域名；非政府机关、国防机构以中国、中华、中央、国家、人民开头；江苏个人网站名称不是“XX的个人博客/主页”",
      en: "Fewer than 3 CJK ideographs; contains its full domain; starts with 中国 中华 中央 国家 人民 while not a government or defence body; in 江苏 an individual's site not named XX的个人博客/主页",
    },
    source: "ref §1.6",
    sourceQuote:
      "≥ 3 Chinese characters (含3个).\nNon-national units may not start the name with (or contain) 中国, 中华, 中央, 人民, 人大, 国家\n江苏 is the exception: the name must be **XX的个人博客** or **XX的个人主页**.",
  },
  {
    id: "MATERIAL_MISSING",
    severity: "error",
    reason: "MATERIAL_MISSING",
    appliesTo: { zh: "全部", en: "All filings" },
    description: {
      zh: "缺少必需材料：单位证件；主体负责人证件正面（居民身份证另需反面）；幕布照；网站负责人不是主体负责人时其证件正面（居民身份证另需反面）",
      en: "A required material is absent: the unit's certificate; the principal's ID front (and back for a resident ID card); the verification photo; each website principal's ID front (and back) when not the principal",
    },
    source: "000 (正反面)",
    sourceQuote: "请提供原证件的正反面彩色扫描件或拍照件。",
  },
  {
    id: "JIANGSU_AUTHENTICITY_MISSING",
    severity: "error",
    reason: "JS_COMMITMENT",
    appliesTo: { zh: "江苏", en: "江苏" },
    description: {
      zh: "缺少真实性责任告知书、真实性承诺书或承诺视频",
      en: "The authenticity responsibility notice, commitment letter or commitment video is missing",
    },
    source: "000 (江苏省网站备案真实性核验)",
    sourceQuote:
      "签署完成后，您可以备案过程中【材料上传】处上传江苏省网站备案信息真实性责任告知书与江苏省网站备案信息真实性承诺书。并手持已签署的【江苏省网站备案信息真实性承诺书】进行视频录制。",
  },
  {
    id: "IMAGE_NOT_COLOR",
    severity: "warning",
    reason: "CERT_UNCLEAR",
    appliesTo: { zh: "每个图片材料", en: "Each image material" },
    description: { zh: "图片接近灰度，不是彩色扫描件或照片", en: "The image is (near-)grey: not a colour scan or photo" },
    source: "000 (彩色扫描件)",
    sourceQuote: "请提供原证件的正反面彩色扫描件或拍照件。",
  },
  {
    id: "IMAGE_TOO_SMALL",
    severity: "warning",
    reason: "CERT_UNCLEAR",
    appliesTo: { zh: "每个图片材料", en: "Each image material" },
    description: { zh: "图片短边不足600像素", en: "The shorter side is under 600 px" },
    source: "000 (清晰、完整)",
    sourceQuote: "为保证您的信息能正常通过审核，请上传清晰、完整的图片材料。",
  },
  {
    id: "IMAGE_BLURRY",
    severity: "warning",
    reason: "CERT_UNCLEAR",
    appliesTo: { zh: "每个图片材料", en: "Each image material" },
    description: {
      zh: "图片模糊：灰度工作副本的拉普拉斯方差低于阈值",
      en: "The image is blurry: the variance of the Laplacian of its grey working copy is under the threshold",
    },
    source: "000 (清晰)",
    sourceQuote: "为保证您的信息能正常通过审核，请上传清晰、完整的图片材料。",
  },
];

export const RULE_BY_ID: ReadonlyMap<RuleId, RuleMeta> = new Map(RULES.map((r) => [r.id, r]));

/** Position in the catalog, used to order violations. */
export const RULE_ORDER: ReadonlyMap<RuleId, number> = new Map(RULES.map((r, i) => [r.id, i]));
