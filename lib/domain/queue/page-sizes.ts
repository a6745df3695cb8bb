// The queue's page sizes, apart from params.ts: the browser needs them (the table's size picker)
// and params.ts brings zod, which no page's client code needs to load.
export const PER_PAGE_OPTIONS = [25, 50, 100, 200] as const;
/** A screen and a half of rows: claim-next, not scrolling, is the main way through the queue. */
export const DEFAULT_PER_PAGE = 25;
