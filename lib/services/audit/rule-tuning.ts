import "server-only";
import { getDb, type Db } from "@/db/client";
import { getJustifications, getRuleStats, getRuleTrend } from "@/db/queries/rule-stats";
import { ALL_RULE_IDS, RULE_BY_ID, type RuleId } from "@/lib/domain/rules";
import { chinaDate, chinaDayRange, DAY_MS } from "@/lib/domain/time/china-time";

export const RULE_SORTS = ["overrideRate", "overridden", "flagged", "reasonUsed", "overturned", "rule"] as const;
export type RuleSort = (typeof RULE_SORTS)[number];

export interface RuleTuningRow {
  rule: RuleId;
  severity: "error" | "warning";
  reason: string;
  flagged: number;
  decided: number;
  overridden: number;
  /** Approvals over the rule of all decisions it stood on; null when nothing was decided. */
  overrideRate: number | null;
  reasonUsed: number;
  overturned: number;
  /** Override rate per week of the period (null: no decision that week). */
  trend: (number | null)[];
  justifications: { justification: string; decisionId: number; filingId: number; reviewerName: string; decidedAt: number }[];
}

const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** Every rule of the catalog over China days from–to (default: the last 8 weeks), sorted as asked. */
export function getRuleTuning(search: Record<string, string | string[] | undefined>, options: { db?: Db; now?: number } = {}) {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const to = isDate(search.to) ? search.to : chinaDate(now);
  const from = isDate(search.from) ? search.from : chinaDate(now - 55 * DAY_MS);
  const sort: RuleSort = (RULE_SORTS as readonly string[]).includes(String(search.sort)) ? (search.sort as RuleSort) : "overrideRate";
  const { start, end } = chinaDayRange(from, to) as { start: number; end: number };
  const weeks = Math.max(1, Math.ceil((end - start) / (7 * DAY_MS)));

  const stats = new Map(getRuleStats(db, start, end).map((s) => [s.rule, s]));
  const trend = new Map<string, (number | null)[]>();
  for (const t of getRuleTrend(db, start, end)) {
    const series = trend.get(t.rule) ?? new Array<number | null>(weeks).fill(null);
    if (t.week >= 0 && t.week < weeks) series[t.week] = t.decided > 0 ? t.overridden / t.decided : null;
    trend.set(t.rule, series);
  }
  const justifications = new Map<string, RuleTuningRow["justifications"]>();
  for (const j of getJustifications(db, start, end)) justifications.set(j.rule, [...(justifications.get(j.rule) ?? []), j]);

  const rows: RuleTuningRow[] = ALL_RULE_IDS.map((rule) => {
    const s = stats.get(rule);
    const meta = RULE_BY_ID.get(rule)!;
    return {
      rule,
      severity: meta.severity,
      reason: meta.reason,
      flagged: s?.flagged ?? 0,
      decided: s?.decided ?? 0,
      overridden: s?.overridden ?? 0,
      overrideRate: s && s.decided > 0 ? s.overridden / s.decided : null,
      reasonUsed: s?.reasonUsed ?? 0,
      overturned: s?.overturned ?? 0,
      trend: trend.get(rule) ?? new Array<number | null>(weeks).fill(null),
      justifications: justifications.get(rule) ?? [],
    };
  });
  const key = (r: RuleTuningRow) => (sort === "rule" ? 0 : sort === "overrideRate" ? (r.overrideRate ?? -1) : r[sort]);
  rows.sort((a, b) =>
    sort === "rule" ? a.rule.localeCompare(b.rule) : key(b) - key(a) || b.decided - a.decided || a.rule.localeCompare(b.rule),
  );
  return { from, to, sort, rows };
}
