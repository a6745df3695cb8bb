import type Database from "better-sqlite3";

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** EXPLAIN QUERY PLAN as the sqlite3 shell draws it. */
export function explain(client: Database.Database, sql: string, params: unknown[]): string {
  const rows = client.prepare<unknown[], PlanRow>(`EXPLAIN QUERY PLAN ${sql}`).all(...params);
  const depth = new Map<number, number>([[0, 0]]);
  return rows
    .map((row) => {
      const d = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, d);
      return `${"  ".repeat(d - 1)}${row.detail}`;
    })
    .join("\n");
}
