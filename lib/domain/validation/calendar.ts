// Calendar arithmetic on YYYY-MM-DD strings without Date objects: the rules engine must not
// depend on the host time zone, and these run for every date of every filing.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|([+-])([01]\d|2[0-3]):([0-5]\d))$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = +m[1],
    month = +m[2],
    day = +m[3];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of a YYYY-MM-DD string; the caller has validated it. */
export function dayNumber(date: string): number {
  return dayNumberOf(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}

/** YYYY-MM-DD of a day number (Hinnant's civil_from_days). */
export function dateOfDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** ISO 8601 date-time with seconds optional and an explicit offset (Z or ±HH:MM). */
export function isInstantWithOffset(value: string): boolean {
  const m = INSTANT_RE.exec(value);
  return m !== null && isCalendarDate(m[1]);
}

/** Day number of the calendar date an instant falls on at UTC+offsetMinutes; null if malformed. */
export function dayNumberOfInstantAt(instant: string, offsetMinutes: number): number | null {
  const m = INSTANT_RE.exec(instant);
  if (!m || !isCalendarDate(m[1])) return null;
  const ownOffset = m[5] === "Z" ? 0 : (m[6] === "-" ? -1 : 1) * (+m[7] * 60 + +m[8]);
  const minutesIntoDay = +m[2] * 60 + +m[3] - ownOffset + offsetMinutes;
  return dayNumber(m[1]) + Math.floor(minutesIntoDay / 1440);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNum: number): number {
  return (((dayNum + 3) % 7) + 7) % 7;
}
