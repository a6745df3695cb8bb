// What a rendered document prints. Every field is optional; absent ones get plausible demo values.
// The default numbers carry valid check characters (GB 32100, GB 11643): the reader takes only a
// number that validates, so a default render must not read as DOC_UNREADABLE.

export type DocumentData = {
  /** 主办单位名称 / 名称 on the licence. */
  subjectName?: string;
  /** 统一社会信用代码 (or 注册号). */
  certificateNumber?: string;
  /** 类型 on the licence, e.g. 有限责任公司(自然人投资或控股). */
  subjectType?: string;
  /** 法定代表人. */
  legalRep?: string;
  /** 住所 on the licence, or the address of a letter. */
  address?: string;
  /** 注册资本. */
  registeredCapital?: string;
  /** 成立日期, YYYY-MM-DD. */
  registeredOn?: string;
  /** 营业期限 end: YYYY-MM-DD or 长期. */
  businessUntil?: string;
  /** 登记机关. */
  registrationAuthority?: string;
  /** The person on an ID card, passport, photo or letter. */
  personName?: string;
  gender?: "男" | "女";
  ethnicity?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  idNumber?: string;
  /** 住址 on the ID card. */
  idAddress?: string;
  /** 签发机关 on the ID back. */
  issuingAuthority?: string;
  /** ID validity, YYYY-MM-DD. */
  validFrom?: string;
  /** YYYY-MM-DD or 长期. */
  validUntil?: string;
  passportNumber?: string;
  /** Nationality as printed on a passport, e.g. USA. */
  nationality?: string;
  /** Romanised name on a passport, "SURNAME, GIVEN". */
  latinName?: string;
  domain?: string;
  websiteName?: string;
  /** 域名注册服务机构. */
  registrar?: string;
  /** Filing province, for the Jiangsu letters and the residence permit. */
  province?: string;
  /** Date printed on photos, letters and forms, YYYY-MM-DD. */
  date?: string;
  /** The ICP service provider named on the backdrop and forms. */
  provider?: string;
  /** Varies small visual details (tint, tilt, backdrop colour) deterministically. */
  variant?: number;
};

export type ResolvedDocumentData = Required<DocumentData>;

const DEFAULTS: ResolvedDocumentData = {
  subjectName: "南京云帆信息科技有限公司",
  certificateNumber: "91320102MA1XK3P47B",
  subjectType: "有限责任公司(自然人投资或控股)",
  legalRep: "张伟",
  address: "南京市玄武区中山路18号德基广场二期1201室",
  registeredCapital: "壹佰万元整",
  registeredOn: "2019-03-12",
  businessUntil: "长期",
  registrationAuthority: "南京市玄武区市场监督管理局",
  personName: "张伟",
  gender: "男",
  ethnicity: "汉",
  birthDate: "1986-07-15",
  idNumber: "320102198607151235",
  idAddress: "江苏省南京市玄武区珠江路88号3栋2单元501室",
  issuingAuthority: "南京市公安局玄武分局",
  validFrom: "2016-05-01",
  validUntil: "2036-05-01",
  passportNumber: "E12345678",
  nationality: "USA",
  latinName: "SMITH, JOHN",
  domain: "yunfan-tech.cn",
  websiteName: "云帆科技官网",
  registrar: "阿里云计算有限公司（万网）",
  province: "江苏",
  date: "2026-11-18",
  provider: "云帆互联",
  variant: 0,
};

export function resolveData(data: DocumentData = {}): ResolvedDocumentData {
  const resolved = { ...DEFAULTS };
  for (const [key, value] of Object.entries(data) as [keyof DocumentData, unknown][]) {
    if (value !== undefined && value !== null && value !== "") (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}

/** "2026-11-18" → "2026年11月18日". */
export function cnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** "2026-11-18" → "2026.11.18"; 长期 stays. */
export function dotDate(iso: string): string {
  return iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$1.$2.$3");
}
