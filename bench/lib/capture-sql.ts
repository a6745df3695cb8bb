import type Database from "better-sqlite3";

/** The SQL texts `work` prepares on this connection (how drizzle's output is compared with the floor). */
export function captureSql(client: Database.Database, work: () => void): string[] {
  const seen: string[] = [];
  const original = client.prepare;
  client.prepare = function (this: Database.Database, source: string) {
    seen.push(source);
    return original.call(this, source);
  } as typeof client.prepare;
  try {
    work();
  } finally {
    client.prepare = original;
  }
  return seen;
}
