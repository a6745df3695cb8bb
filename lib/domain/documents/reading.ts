// Why: every extractor returns the same shape — fields with text, confidence and box — plus what orientation acceptance needs.

import type { Box, Quarter } from "./engine";
import { mean, partOfBox, unionBox, type Token } from "./layout";

export type Field = {
  text: string;
  /** The engine's confidence for the characters of `text`, 0–1. */
  confidence: number;
  /** Where the value was read, in the pixels of the frame the lines were given in. */
  box: Box;
  /** Per-character confidence, when the engine gives it (names use it to tell OCR noise from a different name). */
  chars?: number[];
};

export const READABLE_KINDS = [
  "subject_certificate",
  "principal_id_front",
  "site_principal_id_front",
  "principal_id_back",
  "site_principal_id_back",
] as const;
export type ReadableKind = (typeof READABLE_KINDS)[number];

/** What the reader made of one stored document (document-check.md "How it is read"). */
export type DocumentReading = {
  kind: ReadableKind;
  /** certificateNumber/name/legalRepresentative/address, name/idNumber, or validUntil; boxes in stored-image pixels. */
  fields: Record<string, Field>;
  /** Clockwise quarter turn that shows the stored image upright. */
  orientation: Quarter;
  /**
   * No orientation gave a valid number (ID back: a consistent end of validity) — DOC_UNREADABLE. A reading with a
   * number but without the labelled field (a name the engine cannot spell) is not unreadable; its name is just absent.
   */
  unreadable: boolean;
  ms: number;
  /** How many full OCR passes it took (1 when the first orientation was right). */
  passes: number;
};

export type Extraction<F extends string> = {
  fields: Partial<Record<F, Field>>;
  /** The kind's key label was found (名称 on a licence, 姓名 on an ID front, 有效期限 on an ID back). */
  labelled: boolean;
  /** A number that validates (an ID back: a consistent end of validity) was read. */
  numbered: boolean;
};

/** One field from tokens read in order (a value and the lines continuing it). */
export function fieldOf(tokens: Token[], text = tokens.map((t) => t.text).join("")): Field {
  const chars = tokens.every((t) => t.chars) ? tokens.flatMap((t) => t.chars as number[]) : undefined;
  return { text, confidence: chars ? mean(chars) : mean(tokens.map((t) => t.confidence)), box: unionBox(tokens.map((t) => t.box)), chars };
}

/** A field from characters [s, e) of one token, with the matching part of its box and confidences. */
export function fieldOfPart(token: Token, s: number, e: number, text?: string): Field {
  const all = [...token.text];
  const chars = token.chars && token.chars.length === all.length ? token.chars.slice(s, e) : undefined;
  return {
    text: text ?? all.slice(s, e).join(""),
    confidence: chars ? mean(chars) : token.confidence,
    box: partOfBox(token.box, all, s, e),
    chars,
  };
}

/** What an engine reads for 一 in a name (顾俊一 → 顾俊-), and for the middle dot of a transliterated one. */
const NAME_LOOK_ALIKES: Record<string, string> = { "-": "一", "—": "一", "–": "一", _: "一", "‐": "一", ".": "·", "•": "·", "・": "·" };

/** Keeps the characters of a person's name (CJK and the middle dot of transliterated names). */
export function cleanPersonName(field: Field): Field | undefined {
  const all = [...field.text].map((ch, i, a) => (NAME_LOOK_ALIKES[ch] && i > 0 ? NAME_LOOK_ALIKES[ch] : a[i]));
  const keep = all.map((ch) => /[\u3400-\u9fff·]/u.test(ch));
  const text = all.filter((_, i) => keep[i]).join("");
  if ([...text].length < 2 || [...text].length > 15) return undefined;
  const chars = field.chars && field.chars.length === all.length ? field.chars.filter((_, i) => keep[i]) : undefined;
  return { ...field, text, chars, confidence: chars ? mean(chars) : field.confidence };
}

/** Strips separators a value may start with (：, :, spaces). */
export function trimValue(field: Field): Field | undefined {
  const all = [...field.text];
  let s = 0;
  while (s < all.length && /[:：;；,，.。\s]/.test(all[s])) s++;
  if (s === all.length) return undefined;
  if (s === 0) return field;
  const chars = field.chars && field.chars.length === all.length ? field.chars.slice(s) : undefined;
  return { ...field, text: all.slice(s).join(""), chars, confidence: chars ? mean(chars) : field.confidence };
}
