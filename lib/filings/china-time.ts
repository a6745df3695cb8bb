// The console works in China Standard Time (UTC+8, no daylight saving).
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

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
    const mondayStart = Math.floor((submittedAtMs + CST_OFFSET_MS) / DAY_MS + daysToMonday) * DAY_MS - CST_OFFSET_MS;
    return mondayStart + DAY_MS;
  }
  return submittedAtMs + (weekday === 5 ? 3 : 1) * DAY_MS;
}

/** How an open filing stands against its SLA. */
export function slaState(dueAt: number, now: number): "on_time" | "due_soon" | "overdue" {
  if (now > dueAt) return "overdue";
  return dueAt - now <= 4 * 60 * 60 * 1000 ? "due_soon" : "on_time";
}
