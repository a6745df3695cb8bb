// When the generated filings were submitted: spread over the last DAYS days before `now` (a
// queue a team keeps up with: the oldest are overdue, most are due today or tomorrow),
// during office-ish hours in China (08:00–22:00, UTC+8), in index order, so earlier filings
// (the first of a cross-filing pair among them) were also submitted earlier.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const CST_MS = 8 * HOUR_MS;
const OPEN_HOUR = 8;
const CLOSE_HOUR = 22;
export const TIMELINE_DAYS = 3;
/** The newest filing arrives at least this long before `now`. */
const QUIET_MS = 10 * 60 * 1000;

type Segment = { start: number; end: number };

export interface Timeline {
  /** Submission instant (ms) of the filing at `fraction` (0 ≤ fraction < 1) of the period. */
  at(fraction: number): number;
}

export function createTimeline(now: number, days = TIMELINE_DAYS): Timeline {
  const end = now - QUIET_MS;
  const start = end - days * DAY_MS;
  const segments: Segment[] = [];
  // China midnight of the first day, then one office-hours window per day.
  let dayStart = Math.floor((start + CST_MS) / DAY_MS) * DAY_MS - CST_MS;
  for (; dayStart < end; dayStart += DAY_MS) {
    const s = Math.max(start, dayStart + OPEN_HOUR * HOUR_MS);
    const e = Math.min(end, dayStart + CLOSE_HOUR * HOUR_MS);
    if (e > s) segments.push({ start: s, end: e });
  }
  const total = segments.reduce((sum, seg) => sum + (seg.end - seg.start), 0);
  return {
    at(fraction) {
      let offset = Math.min(Math.max(fraction, 0), 0.999999) * total;
      for (const seg of segments) {
        const length = seg.end - seg.start;
        if (offset < length) return Math.floor(seg.start + offset);
        offset -= length;
      }
      return segments[segments.length - 1].end - 1;
    },
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO 8601 in UTC+8 with seconds: 2026-11-20T09:12:00+08:00. */
export function toChinaIso(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + CST_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}
