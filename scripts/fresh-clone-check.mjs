// The README's quick start, exactly as a new user types it, on a fresh clone of what is
// committed: `npm run setup && npm start`, sign in as the demo reviewer, see the demo queue.
// Then what users do next: start it again (nothing lost or doubled), and start it in
// production mode on the demo database (refused, saying why). Part of `npm test`.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const repo = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-fresh-clone-"));
const clone = path.join(dir, "beian-review-desk");
const results = [];
const keep = !!process.env.KEEP_TEST_DATA;

/** The environment of a new user's shell: none of this run's test settings leak in. */
function userEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^(DATABASE_PATH|UPLOADS_DIR|AUTH_SECRET|NEXTAUTH_SECRET|NEXTAUTH_URL|INGEST_TOKEN|CONSOLE_MODE|DEMO_FILINGS|E2E_|PLAYWRIGHT_|PORT$|NODE_ENV|VITEST)/.test(
        key,
      )
    )
      delete env[key];
  }
  return { ...env, ...extra };
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`  ${ok ? "✓" : "✘"} ${name}${detail ? ` — ${detail}` : ""}`);
}

function startConsole(port, extraEnv = {}) {
  const log = [];
  const child = spawn("npm", ["start"], { cwd: clone, env: userEnv({ PORT: String(port), ...extraEnv }), detached: true });
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => log.push(chunk.toString()));
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    log,
    exited,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      return exited;
    },
  };
}

async function waitFor(fn, timeoutMs, stepMs = 250) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch {}
    if (Date.now() > until) return null;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

async function signIn(base, email, password) {
  const jar = new Map();
  const remember = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  remember(res);
  await res.arrayBuffer();
  return [...jar].some(([name]) => name.endsWith("next-auth.session-token")) ? cookie() : null;
}

async function queueTotal(base, cookie, query = "") {
  const res = await fetch(`${base}/filings${query}`, { headers: { cookie }, redirect: "manual" });
  if (res.status !== 200) return null;
  const html = await res.text();
  const total = /data-testid="filings-total"[^>]*>([\d,]+)</.exec(html);
  return {
    total: total ? Number(total[1].replaceAll(",", "")) : null,
    rows: (html.match(/data-testid="filing-row"/g) ?? []).length,
    demoBadge: html.includes('data-testid="demo-badge"'),
  };
}

try {
  console.log(`fresh clone: ${clone}`);
  execFileSync("git", ["clone", "--quiet", repo, clone], { stdio: "inherit" });
  const setupStarted = Date.now();
  execFileSync("npm", ["run", "setup"], { cwd: clone, env: userEnv(), stdio: ["ignore", "ignore", "inherit"] });
  check("npm run setup on a fresh clone", true, `${((Date.now() - setupStarted) / 1000).toFixed(0)} s`);

  const port = await freePort();
  const base = `http://localhost:${port}`;
  const started = Date.now();
  let run = startConsole(port);
  const cookie = await waitFor(() => signIn(base, "reviewer@example.com", "demo-password"), 120_000);
  check("npm start: the demo reviewer signs in", !!cookie, `${((Date.now() - started) / 1000).toFixed(1)} s after npm start`);
  const queue =
    cookie &&
    (await waitFor(
      async () => {
        const q = await queueTotal(base, cookie);
        return q && q.rows > 0 ? q : null;
      },
      180_000,
      1000,
    ));
  check(
    "the demo queue shows filings, marked as demo",
    !!queue && queue.demoBadge,
    queue ? `${queue.total} filings so far, ${queue.rows} rows on page 1` : "no rows",
  );
  // 300 filings whose licences and ID cards are rendered from their own data and captured as
  // scans or photos: minutes of background work on two cores (the console answers meanwhile).
  const seedingFrom = Date.now();
  const complete = await waitFor(async () => (await fetch(`${base}/api/health?ready=demo`)).status === 200, 1_200_000, 2000);
  const seedingSeconds = Math.round((Date.now() - seedingFrom) / 1000);
  const health = await (await fetch(`${base}/api/health`)).json().catch(() => ({}));
  check(
    "the demo data completes in the background",
    !!complete && health.demoData?.total >= 300,
    `${JSON.stringify(health.demoData ?? null)}, ${seedingSeconds} s after the queue first answered`,
  );
  await run.stop();

  run = startConsole(port);
  const again = await waitFor(() => signIn(base, "lead@example.com", "demo-password"), 120_000);
  // Every filing, decided or not: the demo's 300, no more, no fewer.
  const after = again && (await queueTotal(base, again, "?status=all&assignee=any"));
  check(
    "npm start a second time keeps the demo (nothing lost or doubled)",
    !!after && after.total === health.demoData?.total,
    after ? `${after.total} filings` : "no queue",
  );
  await run.stop();

  const prod = startConsole(await freePort(), { CONSOLE_MODE: "production", INGEST_TOKEN: "a-real-token-of-enough-length-0123" });
  const code = await Promise.race([prod.exited, new Promise((resolve) => setTimeout(() => resolve("timeout"), 60_000))]);
  if (code === "timeout") await prod.stop();
  check(
    "production mode refuses the demo database, saying why",
    code !== 0 && code !== "timeout" && /made in demo mode/.test(prod.log.join("")),
    `exit ${code}`,
  );
} catch (error) {
  check("fresh clone path", false, error.message);
} finally {
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
fs.writeFileSync(
  process.env.FRESH_CLONE_REPORT ?? path.join(dir, "..", "brd-fresh-clone.json"),
  JSON.stringify({ passed: results.length - failed, failed }),
);
process.exit(failed > 0 ? 1 : 0);
