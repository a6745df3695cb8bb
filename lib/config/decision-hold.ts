import type { Env } from "./console-mode";

/** DECISION_HOLD_SECONDS: the undo window after a decision (default 120 s; 0 releases at once). */
export function decisionHoldMs(env: Env = process.env): number {
  const raw = env.DECISION_HOLD_SECONDS;
  const seconds = raw === undefined || raw.trim() === "" ? 120 : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= 24 * 3600 ? Math.round(seconds * 1000) : 120_000;
}
