export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): Locale {
  return LOCALES.includes(value as Locale) ? (value as Locale) : DEFAULT_LOCALE;
}

/** Picks the 中文 or English side of a bilingual text stored as {zh, en}. */
export function pick(text: { zh: string; en: string }, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}
