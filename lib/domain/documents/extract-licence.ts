// Why: turns a licence's OCR lines into 统一社会信用代码 (or 注册号), 名称, 法定代表人 and 住所, pure and testable.

import type { OcrLine } from "./engine";
import { layout, type LabelSet, type Layout, type Token } from "./layout";
import { continuation, labelsOf, valueBelow, valueRightOf } from "./pairing";
import { readNumber } from "./numbers";
import { cleanPersonName, fieldOf, fieldOfPart, trimValue, type Extraction, type Field } from "./reading";

export type LicenceField = "certificateNumber" | "name" | "legalRepresentative" | "address";

// The label says which number is printed: a USCC never stands under 注册号, nor a 注册号 under 统一社会信用代码.
const USCC = "uscc";
const REGISTRATION = "registration";
const LABELS: LabelSet = {
  统一社会信用代码: USCC,
  社会信用代码: USCC,
  信用代码: USCC,
  注册号: REGISTRATION,
  名称: "name",
  法定代表人: "legalRepresentative",
  负责人: "legalRepresentative",
  经营者: "legalRepresentative",
  执行事务合伙人: "legalRepresentative",
  投资人: "legalRepresentative",
  住所: "address",
  经营场所: "address",
  主要经营场所: "address",
  营业场所: "address",
  // Labels whose values are not read; they stop a value from running into the next field.
  类型: "other",
  注册资本: "other",
  出资额: "other",
  成立日期: "other",
  注册日期: "other",
  营业期限: "other",
  合伙期限: "other",
  经营期限: "other",
  经营范围: "other",
  登记机关: "other",
  组成形式: "other",
  编号: "other",
};

/** Lines of an upright licence (any tilt) → its fields. */
export function extractLicence(lines: OcrLine[]): Extraction<LicenceField> {
  const l = layout(lines, LABELS);
  const fields: Extraction<LicenceField>["fields"] = {};
  const number = certificateNumber(l);
  if (number) fields.certificateNumber = number;
  const name = wrappedValue(l, "name");
  if (name) fields.name = name;
  const rep = firstValue(l, "legalRepresentative");
  const person = rep && cleanPersonName(rep);
  if (person) fields.legalRepresentative = person;
  const address = wrappedValue(l, "address");
  if (address) fields.address = address;
  // "The labelled fields are found": the 名称 label *and* a value after it, not the label alone.
  const labelled = labelsOf(l, "name").some((label) => valueRightOf(l, label));
  return { fields, labelled, numbered: !!fields.certificateNumber };
}

function certificateNumber(l: Layout): Field | undefined {
  for (const kind of [USCC, REGISTRATION] as const) {
    for (const label of labelsOf(l, kind)) {
      for (const token of [valueRightOf(l, label), valueBelow(l, label)]) {
        const read = token && readNumber(token.text, kind, token.chars);
        if (token && read) return fieldOfPart(token, read.start, read.end, read.value);
      }
    }
  }
  // No label read: a USCC that validates exactly as read is still unmistakable (a 15-digit 注册号 is not).
  const found = new Map<string, Field>();
  for (const token of l.tokens) {
    const read = token.label ? null : readNumber(token.text, "uscc", token.chars);
    if (read && !read.repaired) found.set(read.value, fieldOfPart(token, read.start, read.end, read.value));
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function firstValue(l: Layout, canonical: string): Field | undefined {
  for (const label of labelsOf(l, canonical)) {
    const value = valueRightOf(l, label);
    const field = value && trimValue(fieldOf([value]));
    if (field) return field;
  }
  return undefined;
}

/** A name that already ends like an organisation's name is complete: the line under it is the next row. */
const COMPLETE_NAME = /(公司|厂|店|中心|合作社|事务所|工作室|部|院|行|馆|站|会|所|社|场)$/;
/** What 类型 prints; never the second line of a name or an address. */
const ENTITY_TYPE = /^(有限责任公司|股份有限公司|个人独资企业|个体工商户|普通合伙|有限合伙|外商投资企业|全民所有制|集体所有制)/;

function wrappedValue(l: Layout, canonical: string): Field | undefined {
  for (const label of labelsOf(l, canonical)) {
    const value = valueRightOf(l, label);
    if (!value) continue;
    const more = canonical === "name" && COMPLETE_NAME.test(value.text) ? [] : continuation(l, value);
    const stop = more.findIndex((t) => ENTITY_TYPE.test(t.text));
    const tokens: Token[] = [value, ...(stop < 0 ? more : more.slice(0, stop))];
    const field = trimValue(fieldOf(tokens));
    if (field) return field;
  }
  return undefined;
}
