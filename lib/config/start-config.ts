import { DEMO_INGEST_TOKEN, type ConsoleMode, type Env } from "@/lib/config/console-mode";

// What `npm start` checks before anything is opened: production refuses to run without real
// secrets, and says what is missing in words an operator can act on.

const MIN_SECRET_LENGTH = 32;
const MIN_TOKEN_LENGTH = 24;

export interface StartCheck {
  errors: string[];
  warnings: string[];
}

export function checkStartConfig(env: Env, mode: ConsoleMode): StartCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const secret = env.AUTH_SECRET || env.NEXTAUTH_SECRET;
  if (!secret) {
    errors.push("AUTH_SECRET is not set: run `npm run setup` (it writes one to .env.local) or set it in the environment.");
  } else if (mode === "production" && secret.length < MIN_SECRET_LENGTH) {
    errors.push(`AUTH_SECRET is too short for production: use at least ${MIN_SECRET_LENGTH} random characters (openssl rand -base64 32).`);
  }
  if (mode !== "production") return { errors, warnings };

  const token = env.INGEST_TOKEN;
  if (!token)
    errors.push(
      "INGEST_TOKEN is not set: production needs the bearer token the upstream filing system will send (openssl rand -base64 32).",
    );
  else if (token === DEMO_INGEST_TOKEN) errors.push("INGEST_TOKEN is the published demo token: production refuses it. Set a random one.");
  else if (token.length < MIN_TOKEN_LENGTH) errors.push(`INGEST_TOKEN is too short: use at least ${MIN_TOKEN_LENGTH} random characters.`);

  const url = env.NEXTAUTH_URL;
  if (!url || !url.startsWith("https://")) {
    warnings.push(
      `NEXTAUTH_URL is ${url ? `"${url}"` : "not set"}: production should be served over https (set NEXTAUTH_URL to the https origin), or session cookies travel in clear text.`,
    );
  }
  return { errors, warnings };
}
