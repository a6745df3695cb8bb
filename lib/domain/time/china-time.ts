// The console works in China Standard Time (UTC+8, no daylight saving): every "day" a filter,
// a statistic or a rule speaks of is a China calendar day. The one place that arithmetic lives.
export const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a China calendar day (YYYY-MM-DD) begins. */
export function chinaDayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - CST_OFFSET_MS;
}

/** [start, end) instants of the China calendar days from `from` through `to`, either end open. */
export function chinaDayRange(from: string | undefined, to: string | undefined): { start?: number; end?: number } {
  return { start: from ? chinaDayStart(from) : undefined, end: to ? chinaDayStart(to) + DAY_MS : undefined };
}

/** The China midnight at or before an instant. */
export function chinaMidnight(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

/** The calendar date (YYYY-MM-DD) of an instant in UTC+8. */
export function chinaDate(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day of week (0 = Sunday) of an instant in UTC+8. */
function chinaWeekday(ms: number): number {
  return new Date(ms + CST_OFFSET_MS).getUTCDay();
}

/**
 * A filing is due one working day after it was submitted: Friday's arrivals are due on
 * Monday, and a weekend arrival is due at the end of Monday (holidays are not modelled).
 */
export function slaDueAt(submittedAtMs: number): number {
  const weekday = chinaWeekday(submittedAtMs);
  if (weekday === 6 || weekday === 0) {
    const daysToMonday = weekday === 6 ? 2 : 1;
    const mondayStart = chinaMidnight(submittedAtMs) + daysToMonday * DAY_MS;
    return mondayStart + DAY_MS;
  }
  return submittedAtMs + (weekday === 5 ? 3 : 1) * DAY_MS;
}

/** How an open filing stands against its SLA. */
export function slaState(dueAt: number, now: number): "on_time" | "due_soon" | "overdue" {
  if (now > dueAt) return "overdue";
  return dueAt - now <= 4 * 60 * 60 * 1000 ? "due_soon" : "on_time";
}
