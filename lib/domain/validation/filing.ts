import { z } from "zod";
import {
  FILING_TYPES,
  ID_TYPES,
  MATERIAL_KINDS,
  MAX_UNIT_WEBSITES,
  PROVINCES,
  SUBJECT_KINDS,
  SUBJECT_NATURES,
} from "@/lib/domain/validation/constants";
import {
  domain,
  instant,
  nationality,
  numberedText,
  numberString,
  optionalCalendarDate,
  optionalEmail,
  optionalHttpUrl,
  optionalNumberString,
  optionalText,
  optionalValidUntil,
  string,
  text,
} from "@/lib/domain/validation/fields";
import { type FilingIssue, toFilingIssues } from "@/lib/domain/validation/issues";
import { normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";

// The one schema of the filing document (filing-format.md), shared by the ingestion API, the
// seed and the rules CLI. Unknown keys are rejected at every level so a typo cannot drop data.

const NAME_MAX = 128;
const ADDRESS_MAX = 256;
const REMARK_MAX = 2000;
const EXTERNAL_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const SERVICE_CONTENT_MAX = 20;
const SERVICE_CONTENT_REQUIRED = "must list at least one service content";

const remark = string().trim().max(REMARK_MAX).default("");
const externalKey = string().trim().regex(EXTERNAL_ID_RE, "must be 1–64 of A–Z a–z 0–9 _ -");

export const personSchema = z.strictObject({
  name: text(NAME_MAX),
  nationality,
  idType: z.enum(ID_TYPES),
  idNumber: numberString,
  idValidUntil: optionalValidUntil,
  mobile: numberString,
  officePhone: optionalNumberString,
  emergencyPhone: optionalNumberString,
  email: optionalEmail,
});

/** A legal representative may be known only by name (rules.md: "where either lacks an idNumber"). */
export const legalRepresentativeSchema = z.strictObject({
  name: text(NAME_MAX),
  nationality,
  idType: z.enum(ID_TYPES).optional(),
  idNumber: optionalNumberString,
});

export const subjectSchema = z.strictObject({
  kind: z.enum(SUBJECT_KINDS),
  nature: z.enum(SUBJECT_NATURES),
  name: text(NAME_MAX),
  certificateType: text(64),
  certificateNumber: numberString,
  threeInOne: z.boolean().optional(),
  certificateAddress: text(ADDRESS_MAX),
  mailingAddress: text(ADDRESS_MAX),
  registeredOn: optionalCalendarDate,
  certificateValidUntil: optionalValidUntil,
  isBranch: z.boolean().default(false),
  headOffice: z.strictObject({ name: text(NAME_MAX), legalRepresentative: legalRepresentativeSchema }).optional(),
  legalRepresentative: legalRepresentativeSchema.optional(),
  investor: optionalText(NAME_MAX),
  remark,
});

export const websiteSchema = z.strictObject({
  name: text(NAME_MAX),
  domain,
  homepageUrl: optionalHttpUrl,
  // 服务内容 is what the site is filed for: a site filed for nothing cannot be reviewed.
  serviceContent: z
    .array(text(64), { error: (issue) => (issue.input === undefined ? SERVICE_CONTENT_REQUIRED : undefined) })
    .min(1, SERVICE_CONTENT_REQUIRED)
    .max(SERVICE_CONTENT_MAX),
  domainOwner: z.strictObject({ name: text(NAME_MAX), certificateNumber: optionalNumberString }),
  principal: personSchema,
  remark,
});

export const existingRecordSchema = z.strictObject({
  icpNumber: numberedText(64),
  subjectName: optionalText(NAME_MAX),
  subjectCertificateNumber: numberString,
  principalName: optionalText(NAME_MAX),
  principalIsLegalRepresentative: z.boolean().optional(),
});

export const materialSchema = z.strictObject({
  kind: z.enum(MATERIAL_KINDS),
  file: text(255),
  website: z.int().min(0).optional(),
});

export const filingSchema = z
  .strictObject({
    externalId: externalKey,
    revision: z.int().min(1).default(1),
    type: z.enum(FILING_TYPES),
    province: z.enum(PROVINCES),
    submittedAt: instant,
    accountId: externalKey.optional(),
    subject: subjectSchema,
    principal: personSchema,
    websites: z.array(websiteSchema).min(1).max(MAX_UNIT_WEBSITES),
    existingRecord: existingRecordSchema.nullable().optional(),
    materials: z.array(materialSchema).max(100).default([]),
  })
  .superRefine((filing, ctx) => {
    const { subject, principal } = filing;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    if (subject.kind === "individual") {
      if (subject.nature !== "个人") issue(["subject", "nature"], "an individual filing has nature 个人");
      if (filing.websites.length !== 1) issue(["websites"], "an individual filing has exactly 1 website");
      if (normaliseNumber(subject.certificateNumber) !== normaliseNumber(principal.idNumber)) {
        issue(["subject", "certificateNumber"], "must equal principal.idNumber for an individual filing");
      }
      if (normaliseText(subject.name) !== normaliseText(principal.name)) {
        issue(["subject", "name"], "must equal principal.name for an individual filing");
      }
    } else {
      if (subject.nature === "个人") issue(["subject", "nature"], "a unit filing cannot have nature 个人");
      if (subject.threeInOne === undefined) issue(["subject", "threeInOne"], "required for a unit filing");
      if (!subject.legalRepresentative) {
        issue(["subject", "legalRepresentative"], "required for a unit filing");
      }
    }
    if (subject.isBranch && !subject.headOffice) {
      issue(["subject", "headOffice"], "required when isBranch is true");
    }
    filing.materials.forEach((material, i) => {
      if (material.website !== undefined && material.website >= filing.websites.length) {
        issue(["materials", i, "website"], `no website with index ${material.website}`);
      }
    });
  });

export type Filing = z.output<typeof filingSchema>;
export type FilingInput = z.input<typeof filingSchema>;
export type Person = Filing["principal"];
export type LegalRepresentative = NonNullable<Filing["subject"]["legalRepresentative"]>;
export type Website = Filing["websites"][number];
export type Material = Filing["materials"][number];

export type ParseFilingResult = { ok: true; filing: Filing } | { ok: false; issues: FilingIssue[] };

export function parseFiling(json: unknown): ParseFilingResult {
  const result = filingSchema.safeParse(json);
  return result.success ? { ok: true, filing: result.data } : { ok: false, issues: toFilingIssues(result.error) };
}

export * from "@/lib/domain/validation/constants";
export type { FilingIssue } from "@/lib/domain/validation/issues";
