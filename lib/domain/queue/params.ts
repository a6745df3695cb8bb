import { z } from "zod";
import { FILING_STATUSES } from "@/lib/domain/filings/statuses";
import { DEFAULT_PER_PAGE, PER_PAGE_OPTIONS } from "@/lib/domain/queue/page-sizes";
import { FILING_TYPES, PROVINCES, SUBJECT_KINDS } from "@/lib/domain/validation/constants";

export const QUEUE_SORTS = ["sla", "submitted", "province", "flags", "externalId", "status"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw) => {
      const items = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((s) => s.split(",")).map((s) => s.trim());
      return [...new Set(items.filter((s): s is T[number] => (values as readonly string[]).includes(s)))];
    });

const pickOne = <T extends readonly [string, ...string[]]>(values: T, raw: unknown): T[number] | undefined => {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (values as readonly string[]).includes(value as string) ? (value as T[number]) : undefined;
};

const optionalOne = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .unknown()
    .optional()
    .transform((raw) => pickOne(values, raw));

const one = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .unknown()
    .optional()
    .transform((raw): T[number] => pickOne(values, raw) ?? fallback);

const date = z
  .unknown()
  .optional()
  .transform((raw) => (typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined));

const positiveInt = (fallback: number, max: number) =>
  z
    .unknown()
    .optional()
    .transform((raw) => {
      const n = Number(Array.isArray(raw) ? raw[0] : raw);
      return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
    });

/**
 * The queue's whole state lives in the URL (testing-contract.md). Anything unknown or out of
 * range falls back to the default instead of failing: a hand-edited URL still opens a queue.
 */
export const queueParamsSchema = z.object({
  status: one([...FILING_STATUSES, "all"] as const, "pending"),
  province: list(PROVINCES),
  type: list(FILING_TYPES),
  kind: list(SUBJECT_KINDS),
  severity: optionalOne(["error", "warning", "clean"] as const),
  assignee: optionalOne(["me", "unassigned", "any"] as const),
  /** 证照比对: reading documents, read, or a document could not be read (testing-contract.md). */
  documentCheck: optionalOne(["pending", "done", "failed"] as const),
  q: z
    .unknown()
    .optional()
    // Control characters (a NUL breaks SQLite's FTS MATCH) never reach a query.
    .transform((raw) =>
      typeof raw === "string"
        ? raw
            .replace(/[\u0000-\u001f\u007f]/g, "")
            .trim()
            .slice(0, 100)
        : "",
    ),
  sort: one(QUEUE_SORTS, "sla"),
  dir: optionalOne(["asc", "desc"] as const),
  page: positiveInt(1, 100_000),
  perPage: z
    .unknown()
    .optional()
    .transform((raw) => {
      const n = Number(Array.isArray(raw) ? raw[0] : raw);
      return (PER_PAGE_OPTIONS as readonly number[]).includes(n) ? n : DEFAULT_PER_PAGE;
    }),
  from: date,
  to: date,
});

export type QueueParams = z.output<typeof queueParamsSchema>;

export function parseQueueParams(searchParams: Record<string, string | string[] | undefined> | URLSearchParams): QueueParams {
  const record: Record<string, string | string[]> = {};
  if (searchParams instanceof URLSearchParams) {
    for (const key of new Set(searchParams.keys())) {
      const all = searchParams.getAll(key);
      record[key] = all.length > 1 ? all : all[0];
    }
  } else {
    for (const [key, value] of Object.entries(searchParams)) if (value !== undefined) record[key] = value;
  }
  return queueParamsSchema.parse(record);
}

/** Default direction per sort: oldest first for times, worst first for flags. */
export function effectiveDir(params: Pick<QueueParams, "sort" | "dir">): "asc" | "desc" {
  return params.dir ?? (params.sort === "flags" ? "desc" : "asc");
}

/** Serialises back to a URL query, leaving defaults out so shared links stay short. */
export function toQueueQuery(params: Partial<QueueParams>): string {
  const out = new URLSearchParams();
  if (params.status && params.status !== "pending") out.set("status", params.status);
  for (const key of ["province", "type", "kind"] as const) {
    const values = params[key];
    if (values && values.length > 0) out.set(key, values.join(","));
  }
  if (params.severity) out.set("severity", params.severity);
  if (params.assignee) out.set("assignee", params.assignee);
  if (params.documentCheck) out.set("documentCheck", params.documentCheck);
  if (params.q) out.set("q", params.q);
  if (params.sort && params.sort !== "sla") out.set("sort", params.sort);
  if (params.dir) out.set("dir", params.dir);
  if (params.page && params.page > 1) out.set("page", String(params.page));
  if (params.perPage && params.perPage !== DEFAULT_PER_PAGE) out.set("perPage", String(params.perPage));
  if (params.from) out.set("from", params.from);
  if (params.to) out.set("to", params.to);
  const query = out.toString();
  return query ? `?${query}` : "";
}
