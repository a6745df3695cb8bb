// The console runs in one of two modes, chosen by CONSOLE_MODE and recorded in the database:
// demo (the default of a fresh checkout) makes published demo accounts and synthetic filings;
// production never does, and refuses the published credentials below wherever they could work.

export const CONSOLE_MODES = ["demo", "production"] as const;
export type ConsoleMode = (typeof CONSOLE_MODES)[number];
export const CONSOLE_MODE_ENV = "CONSOLE_MODE";

/** The environment as far as configuration reads it (process.env, or a plain object in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

/** Published in the README and the testing contract: good for a demo, refused in production. */
export const DEMO_PASSWORD = "demo-password";
export const DEMO_INGEST_TOKEN = "demo-ingest-token";

export class ConsoleModeError extends Error {}

/** The configured mode; an unknown value is an error rather than a silent fallback to demo. */
export function consoleMode(env: Env = process.env): ConsoleMode {
  const raw = env[CONSOLE_MODE_ENV]?.trim();
  if (raw === undefined || raw === "") return "demo";
  if ((CONSOLE_MODES as readonly string[]).includes(raw)) return raw as ConsoleMode;
  throw new ConsoleModeError(`${CONSOLE_MODE_ENV} must be "demo" or "production" (got "${raw}")`);
}

export function isProduction(env: Env = process.env): boolean {
  return consoleMode(env) === "production";
}
