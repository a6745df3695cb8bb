import "server-only";
import type Database from "better-sqlite3";
import { is, Param, Placeholder, sql } from "drizzle-orm";
import type { Db } from "@/db/client";

// The queue runs the same few statement shapes thousands of times with different values. Building
// the SQL text with drizzle and preparing it on every call cost more than running it (a profile of
// the default view: ≈ 30 % better-sqlite3 prepare, 25–30 % drizzle building the SQL), and drizzle's
// per-call placeholder filling and row mapping cost a further third of the query. So these
// statements are built by drizzle once per shape with named placeholders, prepared once on the
// connection, and each call only binds its values and reads raw rows.

/** Where a query builder puts a value: inline as a bound parameter, or as a named placeholder. */
export interface Binder {
  bind<T>(label: string, value: T): T | Placeholder;
}

/** Values bound as ordinary parameters (a one-off statement, e.g. inside a claim transaction). */
export const inline: Binder = { bind: <T>(_label: string, value: T) => value };

/**
 * Values bound as placeholders named after their label and position. The sequence of labels is the
 * statement's shape: two calls that bind the same labels in the same order (and share the rest of
 * the cache key: sort, direction, kind of statement) build the same SQL text.
 */
export class Binds implements Binder {
  readonly values: Record<string, unknown> = {};
  private readonly labels: string[] = [];

  bind<T>(label: string, value: T): Placeholder {
    const name = `${label}${this.labels.length}`;
    this.labels.push(label);
    this.values[name] = value;
    return sql.placeholder(name);
  }

  get shape(): string {
    return this.labels.join(",");
  }
}

/** A drizzle query (select builder): what `toSQL` gives is all this needs. */
interface Buildable {
  toSQL(): { sql: string; params: unknown[] };
}

/** A statement prepared once; each call binds the named values and reads raw rows (columns in select order). */
export interface CompiledStatement {
  rows(values: Record<string, unknown>): unknown[][];
  /** The first column of the first row (a count, a sum). */
  value(values: Record<string, unknown>): unknown;
  readonly sql: string;
}

/** Bounded: shapes are few (filters × sorts), but a province filter can list any subset. */
const MAX_STATEMENTS_PER_CONNECTION = 500;
const caches = new WeakMap<Database.Database, Map<string, CompiledStatement>>();

/**
 * The statement for `key` on this connection, built by `build` and prepared the first time only.
 * The key must name everything that changes the SQL text and is not a bound label (sort, direction,
 * which statement); `build` must use the placeholders of the call that builds it.
 */
export function preparedOnce(db: Db, key: string, build: () => Buildable): CompiledStatement {
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const compiled = compile(db.$client, build().toSQL());
  if (cache.size >= MAX_STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

function compile(client: Database.Database, query: { sql: string; params: unknown[] }): CompiledStatement {
  const statement = client.prepare(query.sql);
  // Each parameter read once per call: a placeholder's value, an encoded placeholder's value
  // (drizzle wraps a placeholder compared with a column in a Param), or a constant of the text.
  const readers = query.params.map((p): ((values: Record<string, unknown>) => unknown) => {
    if (is(p, Placeholder)) return (values) => valueOf(values, p.name);
    if (is(p, Param) && is(p.value, Placeholder)) {
      const { encoder } = p;
      const name = (p.value as Placeholder).name;
      return (values) => encoder.mapToDriverValue(valueOf(values, name));
    }
    return () => p;
  });
  const args = (values: Record<string, unknown>) => readers.map((read) => read(values));
  return {
    sql: query.sql,
    rows: (values) => statement.raw(true).all(...args(values)) as unknown[][],
    value: (values) => statement.pluck(true).get(...args(values)),
  };
}

function valueOf(values: Record<string, unknown>, name: string): unknown {
  if (!(name in values)) throw new Error(`no value for placeholder ${name}`);
  return values[name];
}
