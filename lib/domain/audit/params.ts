import { z } from "zod";
import { PROVINCES } from "@/lib/domain/validation/constants";

const text = (max: number) =>
  z
    .unknown()
    .optional()
    .transform((raw) => (typeof raw === "string" && raw.trim() ? raw.trim().slice(0, max) : undefined));
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .unknown()
    .optional()
    .transform((raw) => ((values as readonly string[]).includes(raw as string) ? (raw as T[number]) : undefined));
const date = z
  .unknown()
  .optional()
  .transform((raw) => (typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined));

/** The decision log's filters; like the queue, its whole state lives in the URL. */
export const auditParamsSchema = z.object({
  reviewer: text(254),
  outcome: choice(["approved", "rejected"] as const),
  province: choice(PROVINCES),
  from: date,
  to: date,
  overrides: choice(["yes", "no"] as const),
  qa: choice(["agreed", "overturned", "pending", "none"] as const),
  /** Decisions on revisions this rule flagged (the rule-tuning page links here). */
  rule: z
    .unknown()
    .optional()
    .transform((raw) => (typeof raw === "string" && /^[A-Z_]{3,64}$/.test(raw) ? raw : undefined)),
  /** "1": decisions made without opening every flagged document. */
  unopened: choice(["1"] as const),
  page: z
    .unknown()
    .optional()
    .transform((raw) => {
      const n = Number(raw);
      return Number.isInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1;
    }),
});

export type AuditParams = z.output<typeof auditParamsSchema>;
export const AUDIT_PAGE_SIZE = 50;

export function parseAuditParams(input: Record<string, string | string[] | undefined> | URLSearchParams): AuditParams {
  const record: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(key in record)) record[key] = first;
  }
  return auditParamsSchema.parse(record);
}

export function toAuditQuery(params: Partial<AuditParams>): string {
  const out = new URLSearchParams();
  for (const key of ["reviewer", "outcome", "province", "from", "to", "overrides", "qa", "rule", "unopened"] as const) {
    const value = params[key];
    if (value) out.set(key, value);
  }
  if (params.page && params.page > 1) out.set("page", String(params.page));
  const query = out.toString();
  return query ? `?${query}` : "";
}
