import { z } from "zod";
import { isCalendarDate, isInstantWithOffset } from "@/lib/domain/validation/calendar";
import { INDEFINITE } from "@/lib/domain/validation/constants";
import { normaliseDomain } from "@/lib/domain/validation/domain";

// Field-level building blocks of the filing schema. Numbers are bounded only in length: their
// validity is a rules-engine flag shown beside the evidence, not a 400 (filing-format.md).

export const MAX_NUMBER_LENGTH = 32;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NATIONALITY_RE = /^[A-Z]{2}$/;
// A decimal digit of any script except ASCII 0–9 (full-width １, Arabic-Indic ٢, Devanagari ३ …).
const NON_ASCII_DIGIT_RE = /(?![0-9])\p{Nd}/u;

/**
 * The base of every string field: a lone UTF-16 surrogate is not text. Encoded as UTF-8 (the
 * database, the page) it becomes U+FFFD, so the reviewer would see something other than was filed.
 */
export const string = () => z.string().refine((v) => v.isWellFormed(), "must not contain a lone UTF-16 surrogate");

export const text = (max: number) => string().trim().min(1, "must not be empty").max(max);

/** Optional free text; an empty string counts as absent. */
export const optionalText = (max: number) =>
  string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

/**
 * Only the digits are checked, not the number: ０ looks like 0 to the reviewer but defeats every
 * comparison and checksum, so it is refused, while a wrong number stays a rules-engine flag.
 */
const hasOnlyAsciiDigits = (v: string) => !NON_ASCII_DIGIT_RE.test(v);
const ASCII_DIGITS_MESSAGE = "must use ASCII digits 0–9";

export const numberString = string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_NUMBER_LENGTH)
  .refine(hasOnlyAsciiDigits, ASCII_DIGITS_MESSAGE);

export const optionalNumberString = string()
  .trim()
  .max(MAX_NUMBER_LENGTH)
  .refine(hasOnlyAsciiDigits, ASCII_DIGITS_MESSAGE)
  .optional()
  .transform((v) => v || undefined);

/** Text that carries a number, such as an ICP record number (京ICP备12345678号). */
export const numberedText = (max: number) => text(max).refine(hasOnlyAsciiDigits, ASCII_DIGITS_MESSAGE);

// Dates may be absent, but a date that is present must be one: "" is not "no date" (the sender
// would have omitted the key), and the rules engine must never see it.

export const optionalCalendarDate = string().trim().refine(isCalendarDate, "must be a real calendar date YYYY-MM-DD").optional();

/** A validity end date, or 长期 for a certificate that never expires. */
export const optionalValidUntil = string()
  .trim()
  .refine((v) => v === INDEFINITE || isCalendarDate(v), `must be YYYY-MM-DD or "${INDEFINITE}"`)
  .optional();

export const instant = string()
  .trim()
  .refine(isInstantWithOffset, "must be an ISO 8601 date-time with an offset, e.g. 2026-11-20T09:12:00+08:00");

export const nationality = string().trim().toUpperCase().regex(NATIONALITY_RE, "must be an ISO 3166 alpha-2 code").default("CN");

export const optionalEmail = string()
  .trim()
  .max(254)
  .refine((v) => v === "" || EMAIL_RE.test(v), "must be an e-mail address")
  .optional()
  .transform((v) => v || undefined);

export const domain = string()
  .trim()
  .max(253)
  .transform((value, ctx) => {
    const unicode = normaliseDomain(value);
    if (unicode === null) {
      ctx.addIssue({ code: "custom", message: "must be a domain name such as example.cn" });
      return z.NEVER;
    }
    return unicode;
  });

export const optionalHttpUrl = string()
  .trim()
  .max(2048)
  .refine((v) => {
    if (v === "") return true;
    try {
      const { protocol } = new URL(v);
      return protocol === "http:" || protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL")
  .optional()
  .transform((v) => v || undefined);
