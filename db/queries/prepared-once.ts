import "server-only";
import type Database from "better-sqlite3";
import { is, Param, Placeholder, sql } from "drizzle-orm";
import type { Db } from "@/db/client";

// The queue runs the same few statement shapes thousands of times with different values. Building
// the SQL text with drizzle and preparing it on every call cost more than running it (a profile of
// the default view: ≈ 30 % better-sqlite3 prepare, 25–30 % drizzle building the SQL), and drizzle's
// per-call placeholder filling and row mapping cost a further third of the query. So these
// statements are built by drizzle once per shape with named placeholders, prepared once on the
// connection, and each call only binds its values and reads raw rows. The conditions themselves are
// built only for the statement's first use (queue-filters' Deferred): building drizzle's condition
// objects on every call, only to find the statement prepared, still cost 4 µs a statement.

/** Where a query builder puts a value: inline as a bound parameter, or as a named placeholder. */
export interface Binder {
  bind<T>(label: string, value: T): T | Placeholder;
}

/** Values bound as ordinary parameters (a one-off statement, e.g. inside a claim transaction). */
export const inline: Binder = { bind: <T>(_label: string, value: T) => value };

/**
 * Values bound as placeholders named after their position. The sequence of labels is the
 * statement's shape: two calls that bind the same labels in the same order (and share the rest of
 * the cache key: sort, direction, kind of statement) build the same SQL text, so a statement
 * prepared for one reads the other's values by position.
 */
export class Binds implements Binder {
  readonly values: unknown[] = [];
  private labels = "";

  bind<T>(label: string, value: T): Placeholder {
    const name = String(this.values.length);
    this.labels += this.labels === "" ? label : `,${label}`;
    this.values.push(value);
    return sql.placeholder(name);
  }

  get shape(): string {
    return this.labels;
  }
}

/** A drizzle query (select builder): what `toSQL` gives is all this needs. */
interface Buildable {
  toSQL(): { sql: string; params: unknown[] };
}

/** A statement prepared once; each call binds the values by position and reads raw rows (columns in select order). */
export interface CompiledStatement {
  rows(values: readonly unknown[]): unknown[][];
  /** The first column of the first row (a count, a sum). */
  value(values: readonly unknown[]): unknown;
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

type Reader = (values: readonly unknown[]) => unknown;

function compile(client: Database.Database, query: { sql: string; params: unknown[] }): CompiledStatement {
  const statement = client.prepare(query.sql);
  // Each parameter read once per call: a placeholder's value, an encoded placeholder's value
  // (drizzle wraps a placeholder compared with a column in a Param), or a constant of the text.
  const readers = query.params.map((p): Reader => {
    if (is(p, Placeholder)) return at(p.name);
    if (is(p, Param) && is(p.value, Placeholder)) {
      const { encoder } = p;
      const read = at((p.value as Placeholder).name);
      return (values) => encoder.mapToDriverValue(read(values));
    }
    return () => p;
  });
  const args = (values: readonly unknown[]) => readers.map((read) => read(values));
  // better-sqlite3's raw/pluck modes are switches on the statement: set only when they change,
  // since each switch is a call into the native module.
  let mode: "rows" | "value" | undefined;
  const inMode = (wanted: "rows" | "value") => {
    if (mode === wanted) return statement;
    mode = wanted;
    return wanted === "rows" ? statement.raw(true) : statement.pluck(true);
  };
  return {
    sql: query.sql,
    rows: (values) => inMode("rows").all(...args(values)) as unknown[][],
    value: (values) => inMode("value").get(...args(values)),
  };
}

/** Reads the value bound at the placeholder's position (its name). */
function at(name: string): Reader {
  const index = Number(name);
  if (!Number.isInteger(index) || index < 0) throw new Error(`placeholder ${name} is not a position`);
  return (values) => {
    if (index >= values.length) throw new Error(`no value for placeholder ${name}`);
    return values[index];
  };
}
