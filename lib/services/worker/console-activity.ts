import "server-only";
import fs from "node:fs";

// The document reader yields the machine to the console: before it starts reading the next
// document it waits until the console's server process has been quiet for a moment. The server's
// CPU time is read from /proc (Linux; elsewhere, or without the server's pid, it never waits).
// A read in progress is never interrupted (a stopped reader would time out and lose the work);
// under sustained load the reader still starts one document per `maxWaitMs`, so a backlog moves.

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SEC = 100;

export interface QuietOptions {
  /** The console's share of one core above which it counts as busy (0.2 = 20 %). */
  busyShare: number;
  /** The window the share is measured over, ms. */
  windowMs: number;
  /** The longest the reader waits for a quiet moment before reading anyway. */
  maxWaitMs: number;
}

export const CONSOLE_QUIET: QuietOptions = { busyShare: 0.2, windowMs: 300, maxWaitMs: 30_000 };

/** CONSOLE_QUIET with the longest wait from DOCUMENT_READER_MAX_WAIT_MS (0 turns the waiting off). */
export function quietOptions(env: Record<string, string | undefined> = process.env): QuietOptions {
  // Unset or empty (a blank line in an env file) is the default; only a number changes it.
  const raw = env.DOCUMENT_READER_MAX_WAIT_MS?.trim();
  const ms = raw ? Number(raw) : CONSOLE_QUIET.maxWaitMs;
  return { ...CONSOLE_QUIET, maxWaitMs: Number.isInteger(ms) && ms >= 0 && ms <= 600_000 ? ms : CONSOLE_QUIET.maxWaitMs };
}

/** CPU time (ms) the process has used so far, or null when it cannot be read. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
  } catch {
    return null;
  }
}

/** The console server's pid, as scripts/start.ts passes it to the worker. */
export function consoleServerPid(env: Record<string, string | undefined> = process.env): number | null {
  const pid = Number(env.CONSOLE_SERVER_PID);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Resolves once the console used less than `busyShare` of a core over one window, or after
 * `maxWaitMs`. Returns how long it waited. `cpuMs` and `sleep` are injectable for tests.
 */
export async function waitForQuietConsole(
  cpuMs: () => number | null,
  options: QuietOptions = CONSOLE_QUIET,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<number> {
  let waited = 0;
  while (waited < options.maxWaitMs) {
    const before = cpuMs();
    if (before === null) return waited;
    await sleep(options.windowMs);
    waited += options.windowMs;
    const after = cpuMs();
    if (after === null || (after - before) / options.windowMs < options.busyShare) return waited;
  }
  return waited;
}
