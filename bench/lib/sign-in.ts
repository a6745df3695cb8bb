import { encode } from "next-auth/jwt";
import { DEMO_ACCOUNTS } from "@/demo/seed/demo-accounts";
import { DEMO_PASSWORD } from "@/lib/config/console-mode";

/** Signs in through next-auth's credentials callback; returns a Cookie header carrying the session. */
export async function signIn(baseUrl: string, email: string = DEMO_ACCOUNTS[0].email): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(10_000) });
  remember(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  remember(res);
  await res.arrayBuffer();
  const session = [...jar].find(([name]) => name.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status}, no session cookie)`);
  return `${session[0]}=${session[1]}`;
}

/**
 * A session cookie for an account that has no password (the bench's claimers), encoded as the
 * console's sign-in would with the server's secret: the same claims, no sign-in throttle.
 */
export async function mintSession(secret: string, user: { id: number; sessionVersion: number }): Promise<string> {
  const token = await encode({
    token: { uid: user.id, role: "reviewer", authTime: Date.now(), sv: user.sessionVersion },
    secret,
    maxAge: 3600,
  });
  return `next-auth.session-token=${token}`;
}
