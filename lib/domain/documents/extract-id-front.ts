// Why: turns the 人像面 of a 居民身份证 into 姓名 and 公民身份号码, pure and testable.

import type { OcrLine } from "./engine";
import { layout, type LabelSet, type Layout } from "./layout";
import { labelsOf, valueBelow, valueRightOf } from "./pairing";
import { readNumber } from "./numbers";
import { cleanPersonName, fieldOf, fieldOfPart, type Extraction, type Field } from "./reading";

export type IdFrontField = "name" | "idNumber";

const LABELS: LabelSet = {
  姓名: "name",
  公民身份号码: "idNumber",
  公民身份证号码: "idNumber",
  身份号码: "idNumber",
  性别: "other",
  民族: "other",
  出生: "other",
  住址: "other",
};

/** Lines of an upright ID card front (any tilt) → name and number. */
export function extractIdFront(lines: OcrLine[]): Extraction<IdFrontField> {
  const l = layout(lines, LABELS);
  const fields: Extraction<IdFrontField>["fields"] = {};
  const idNumber = number(l);
  if (idNumber) fields.idNumber = idNumber;
  for (const label of labelsOf(l, "name")) {
    const value = valueRightOf(l, label);
    const name = value && cleanPersonName(fieldOf([value]));
    if (name) {
      fields.name = name;
      break;
    }
  }
  // "The labelled fields are found": 姓名 *and* something printed after it (a name with a character the engine
  // cannot spell still proves the orientation, though the name itself is not reported).
  const labelled = labelsOf(l, "name").some((label) => valueRightOf(l, label));
  return { fields, labelled, numbered: !!fields.idNumber };
}

function number(l: Layout): Field | undefined {
  for (const label of labelsOf(l, "idNumber")) {
    for (const token of [valueRightOf(l, label), valueBelow(l, label)]) {
      const read = token && readNumber(token.text, "resident-id", token.chars);
      if (token && read) return fieldOfPart(token, read.start, read.end, read.value);
    }
  }
  // The label misread: an 18-character number that validates exactly as read, if there is only one.
  const found = new Map<string, Field>();
  for (const token of l.tokens) {
    const read = token.label ? null : readNumber(token.text, "resident-id", token.chars);
    if (read && !read.repaired) found.set(read.value, fieldOfPart(token, read.start, read.end, read.value));
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
