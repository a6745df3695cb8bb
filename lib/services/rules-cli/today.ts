import { chinaDate } from "@/lib/domain/time/china-time";

/** The calendar date in UTC+8 (the filings' 管局 time zone) at `now`. */
export function todayInUtc8(now: Date): string {
  return chinaDate(now.getTime());
}
