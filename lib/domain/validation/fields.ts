import { z } from "zod";
import { isCalendarDate, isInstantWithOffset } from "@/lib/domain/validation/calendar";
import { INDEFINITE } from "@/lib/domain/validation/constants";
import { normaliseDomain } from "@/lib/domain/validation/domain";

// Field-level building blocks of the filing schema. Numbers are bounded only in length: their
// validity is a rules-engine flag shown beside the evidence, not a 400 (filing-format.md).

export const MAX_NUMBER_LENGTH = 32;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NATIONALITY_RE = /^[A-Z]{2}$/;

export const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);

/** Optional free text; an empty string counts as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const numberString = z.string().trim().min(1, "must not be empty").max(MAX_NUMBER_LENGTH);

export const optionalNumberString = z
  .string()
  .trim()
  .max(MAX_NUMBER_LENGTH)
  .optional()
  .transform((v) => v || undefined);

export const optionalCalendarDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDate(v), "must be a real calendar date YYYY-MM-DD")
  .optional()
  .transform((v) => v || undefined);

/** A validity end date, or 长期 for a certificate that never expires. */
export const optionalValidUntil = z
  .string()
  .trim()
  .refine((v) => v === "" || v === INDEFINITE || isCalendarDate(v), `must be YYYY-MM-DD or "${INDEFINITE}"`)
  .optional()
  .transform((v) => v || undefined);

export const instant = z
  .string()
  .trim()
  .refine(isInstantWithOffset, "must be an ISO 8601 date-time with an offset, e.g. 2026-11-20T09:12:00+08:00");

export const nationality = z.string().trim().toUpperCase().regex(NATIONALITY_RE, "must be an ISO 3166 alpha-2 code").default("CN");

export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === "" || EMAIL_RE.test(v), "must be an e-mail address")
  .optional()
  .transform((v) => v || undefined);

export const domain = z
  .string()
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

export const optionalHttpUrl = z
  .string()
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
