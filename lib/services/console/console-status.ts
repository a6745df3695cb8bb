import "server-only";
import { getDb } from "@/db/client";
import { getDatabaseMode, getDemoSeedState } from "@/db/queries/meta";
import { consoleMode, type ConsoleMode } from "@/lib/config/console-mode";

export interface ConsoleStatus {
  mode: ConsoleMode;
  /** Demo mode on a demo database: the published demo accounts work. */
  demo: boolean;
  /** Demo mode only: how far the background demo seed has come. */
  demoData: { state: "filings" | "decisions" | "done"; done: number; total: number } | null;
}

/** What the shell, the sign-in page and /api/health show about the console itself. */
export function getConsoleStatus(): ConsoleStatus {
  const db = getDb();
  const mode = consoleMode();
  if (mode !== "demo" || getDatabaseMode(db) !== "demo") return { mode, demo: false, demoData: null };
  const seed = getDemoSeedState(db);
  return { mode, demo: true, demoData: seed ? { state: seed.state, done: seed.done, total: seed.total } : null };
}
