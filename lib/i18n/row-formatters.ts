const TIME_ZONE = "Asia/Shanghai";

export type RowFormatters = ReturnType<typeof createRowFormatters>;

const cache = new Map<string, RowFormatters>();

/**
 * The formatters of a locale, built once per process: building Intl formatters is the expensive
 * part of formatting, and a queue page formats two times per row on every render.
 */
export function rowFormatters(locale: string): RowFormatters {
  let formatters = cache.get(locale);
  if (!formatters) cache.set(locale, (formatters = createRowFormatters(locale)));
  return formatters;
}

export function createRowFormatters(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, {
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  return {
    dateTime: (ms: number) => dateTime.format(ms),
    /** "3 hours ago": the largest whole unit, like next-intl's relativeTime. */
    age: (ms: number, now: number) => {
      const seconds = Math.round((ms - now) / 1000);
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(seconds, "second");
      if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), "hour");
      if (abs < 7 * 86_400) return relative.format(Math.round(seconds / 86_400), "day");
      return relative.format(Math.round(seconds / (7 * 86_400)), "week");
    },
  };
}
