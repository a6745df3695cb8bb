import type { QueueCursor } from "@/db/queries/queue";

export type { QueueCursor };

function positiveId(raw: string | string[] | undefined): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !/^\d{1,12}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/**
 * The keyset cursor a next/previous link carries beside `page` (`after` or `before`: the id of the
 * neighbouring row). Anything else means no cursor: the page is then found by its number.
 */
export function parseQueueCursor(searchParams: Record<string, string | string[] | undefined>): QueueCursor | undefined {
  const after = positiveId(searchParams.after);
  if (after !== undefined) return { after };
  const before = positiveId(searchParams.before);
  return before !== undefined ? { before } : undefined;
}
