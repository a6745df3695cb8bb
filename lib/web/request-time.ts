/**
 * The instant a server render works with. Server components render once per request, so reading
 * the clock here is what a page means by "now" (SLA badges, claim expiry); passed down, never re-read.
 */
export function requestTime(): number {
  return Date.now();
}
