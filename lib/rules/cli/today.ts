const UTC8_MS = 8 * 60 * 60 * 1000;

/** The calendar date in UTC+8 (the filings' 管局 time zone) at `now`. */
export function todayInUtc8(now: Date): string {
  return new Date(now.getTime() + UTC8_MS).toISOString().slice(0, 10);
}
