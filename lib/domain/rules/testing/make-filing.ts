import { type Filing, type FilingInput, filingSchema } from "@/lib/domain/validation/filing";
import { PROVINCE_CODES, type Province } from "@/lib/domain/validation/constants";
import { toFilingIssues } from "@/lib/domain/validation/issues";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { usccCheckChar } from "@/lib/domain/rules/validators/uscc";

// Test factory: a valid filing that raises no violation on AS_OF, changed by deep overrides.
// Objects merge key by key, arrays and values replace, and `undefined` removes a key.

export const AS_OF = "2026-11-20";

type Overrides<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Overrides<T[K]> | undefined } : T;
export type FilingOverrides = Overrides<FilingInput>;

/** A valid USCC: department/category prefix, province code, then fixed filler. */
export function usccFor(provinceCode: string, prefix = "91"): string {
  const first17 = `${prefix}${provinceCode}0100MA01ABCD7`;
  return first17 + usccCheckChar(first17);
}

/** A valid resident ID for a 6-digit area code and a YYYYMMDD birth date. */
export function residentIdFor(area: string, birth: string, sequence = "001"): string {
  const first17 = `${area}${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
}

// Published examples (icp-research §3.1, §3.4).
export const UNIT_USCC = "91110108717743469K";
export const LEGAL_REP_ID = "11010519491231002X";
export const INDIVIDUAL_ID = residentIdFor("110101", "19900307");
export const OTHER_PERSON_ID = residentIdFor("110102", "19850615", "123");

const person = {
  name: "张三",
  nationality: "CN",
  idType: "居民身份证",
  idNumber: LEGAL_REP_ID,
  idValidUntil: "长期",
  mobile: "13812345678",
  officePhone: "010-62345678",
  emergencyPhone: "13912345678",
  email: "zhangsan@example.com",
} as const;

const UNIT_BASE: FilingInput = {
  externalId: "TEST-UNIT-1",
  type: "new_filing",
  province: "北京",
  submittedAt: "2026-11-20T09:12:00+08:00",
  subject: {
    kind: "unit",
    nature: "企业",
    name: "北京某某科技有限公司",
    certificateType: "营业执照",
    certificateNumber: UNIT_USCC,
    threeInOne: true,
    certificateAddress: "北京市海淀区中关村大街1号",
    mailingAddress: "北京市海淀区中关村大街1号5层501室",
    registeredOn: "2020-03-02",
    certificateValidUntil: "长期",
    isBranch: false,
    legalRepresentative: { name: "张三", nationality: "CN", idType: "居民身份证", idNumber: LEGAL_REP_ID },
    investor: "张三",
    remark: "",
  },
  principal: { ...person },
  websites: [
    {
      name: "某某科技官网",
      domain: "example.cn",
      homepageUrl: "https://www.example.cn",
      serviceContent: ["单位门户网站"],
      domainOwner: { name: "北京某某科技有限公司", certificateNumber: UNIT_USCC },
      principal: { ...person },
      remark: "",
    },
  ],
  existingRecord: null,
  materials: [
    { kind: "subject_certificate", file: "license.jpg" },
    { kind: "principal_id_front", file: "id-front.jpg" },
    { kind: "principal_id_back", file: "id-back.jpg" },
    { kind: "verification_photo", file: "photo.jpg" },
  ],
};

const individual = {
  ...person,
  name: "李四",
  idNumber: INDIVIDUAL_ID,
  mobile: "13987654321",
  officePhone: undefined,
  email: "lisi@example.com",
};

const INDIVIDUAL_BASE: FilingInput = {
  externalId: "TEST-PERSON-1",
  type: "new_filing",
  province: "北京",
  submittedAt: "2026-11-20T09:12:00+08:00",
  subject: {
    kind: "individual",
    nature: "个人",
    name: "李四",
    certificateType: "居民身份证",
    certificateNumber: INDIVIDUAL_ID,
    certificateAddress: "北京市东城区东长安街2号",
    mailingAddress: "北京市东城区东长安街2号3单元",
    remark: "",
  },
  principal: { ...individual },
  websites: [
    {
      name: "李四的读书笔记",
      domain: "lisi-notes.cn",
      serviceContent: ["博客/个人空间"],
      domainOwner: { name: "李四", certificateNumber: INDIVIDUAL_ID },
      principal: { ...individual },
    },
  ],
  materials: [
    { kind: "principal_id_front", file: "id-front.jpg" },
    { kind: "principal_id_back", file: "id-back.jpg" },
    { kind: "verification_photo", file: "photo.jpg" },
  ],
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = merge(out[key], value);
  }
  return out;
}

/** The merged document before validation, for schema tests. */
export function buildInput(base: "unit" | "individual", ...overrides: FilingOverrides[]): Record<string, unknown> {
  const start = structuredClone(base === "unit" ? UNIT_BASE : INDIVIDUAL_BASE);
  return overrides.reduce<unknown>((doc, patch) => merge(doc, patch), start) as Record<string, unknown>;
}

function parse(input: unknown): Filing {
  const result = filingSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`factory built an invalid filing: ${JSON.stringify(toFilingIssues(result.error))}`);
  }
  return result.data;
}

export function makeUnitFiling(...overrides: FilingOverrides[]): Filing {
  return parse(buildInput("unit", ...overrides));
}

export function makeIndividualFiling(...overrides: FilingOverrides[]): Filing {
  return parse(buildInput("individual", ...overrides));
}

/** Overrides that move the unit to another province consistently (address, USCC, domain owner). */
export function unitIn(province: Province): FilingOverrides {
  const uscc = usccFor(PROVINCE_CODES[province]);
  const website = UNIT_BASE.websites[0];
  return {
    province,
    subject: {
      certificateNumber: uscc,
      certificateAddress: `${province}某某市某某路8号`,
      mailingAddress: `${province}某某市某某路8号5楼`,
    },
    websites: [{ ...website, domainOwner: { ...website.domainOwner, certificateNumber: uscc } }],
  };
}

/** Overrides giving the individual another ID number everywhere it must appear. */
export function individualWithId(idNumber: string): FilingOverrides {
  const website = INDIVIDUAL_BASE.websites[0];
  return {
    subject: { certificateNumber: idNumber },
    principal: { idNumber },
    websites: [
      {
        ...website,
        domainOwner: { ...website.domainOwner, certificateNumber: idNumber },
        principal: { ...website.principal, idNumber },
      },
    ],
  };
}
