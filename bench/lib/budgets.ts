import type { BenchResult } from "@/bench/lib/result";

// The budgets for N = 100 000 on the 2-core machine.
export const BUDGETS = {
  seedSeconds: 120,
  rulesPerSec: 20_000,
  queueP95Ms: 20,
  queueFloorFactor: 3,
  httpP95Ms: 150,
  claimsMin: 1000,
  rssMb: 400,
} as const;

export interface BudgetCheck {
  what: string;
  actual: string;
  limit: string;
  pass: boolean;
}

export function checkBudgets(r: BenchResult): BudgetCheck[] {
  const checks: BudgetCheck[] = [
    { what: "seed", actual: `${r.seedSeconds} s`, limit: `≤ ${BUDGETS.seedSeconds} s`, pass: r.seedSeconds <= BUDGETS.seedSeconds },
    {
      what: "rules",
      actual: `${r.rules.filingsPerSec}/s`,
      limit: `≥ ${BUDGETS.rulesPerSec}/s`,
      pass: r.rules.filingsPerSec >= BUDGETS.rulesPerSec,
    },
  ];
  for (const q of r.queue) {
    checks.push({
      what: `queue ${q.name} p95`,
      actual: `${q.p95Ms} ms`,
      limit: `≤ ${BUDGETS.queueP95Ms} ms`,
      pass: q.p95Ms <= BUDGETS.queueP95Ms,
    });
    const limit = BUDGETS.queueFloorFactor * q.floorP50Ms;
    checks.push({
      what: `queue ${q.name} p50 vs floor`,
      actual: `${q.p50Ms} ms`,
      limit: `≤ 3 × ${q.floorP50Ms} ms`,
      pass: q.p50Ms <= limit,
    });
  }
  for (const h of r.http) {
    checks.push({
      what: `http ${h.route} p95`,
      actual: `${h.p95Ms} ms`,
      limit: `≤ ${BUDGETS.httpP95Ms} ms`,
      pass: h.p95Ms <= BUDGETS.httpP95Ms,
    });
    checks.push({ what: `http ${h.route} non-2xx`, actual: String(h.non2xx + h.errors), limit: "0", pass: h.non2xx + h.errors === 0 });
  }
  checks.push({
    what: "claims",
    actual: String(r.claims.claims),
    limit: `≥ ${BUDGETS.claimsMin}`,
    pass: r.claims.claims >= BUDGETS.claimsMin,
  });
  checks.push({ what: "duplicate claims", actual: String(r.claims.duplicates), limit: "0", pass: r.claims.duplicates === 0 });
  // Not one of the budgets, but a claim that fails with "database is locked" is a 500 for a reviewer.
  checks.push({ what: "claims failed busy", actual: String(r.claims.busyErrors), limit: "0", pass: r.claims.busyErrors === 0 });
  checks.push({ what: "server RSS", actual: `${r.rssMb} MB`, limit: `≤ ${BUDGETS.rssMb} MB`, pass: r.rssMb <= BUDGETS.rssMb });
  return checks;
}
