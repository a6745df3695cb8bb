import { expect, test } from "@/e2e/fixtures";
import { ACCOUNTS, createAccount, PASSWORD } from "@/e2e/accounts";
import { auditCount, readDb } from "@/e2e/database";
import { ingest, postFiling, uniqueExternalId } from "@/e2e/factories";
import { signInAttempt } from "@/e2e/http-client";
import { buildInput, individualWithId } from "@/lib/domain/rules/testing/make-filing";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import { baseURL } from "@/playwright.config";

// The attack of issue #12, item by item, as an attacker and a signed-in reviewer would run it.

test.describe.configure({ mode: "serial" });

test("1 · a crafted callbackUrl never leaves the console, before or after sign-in", async ({ page, reviewerPage }) => {
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
  await page.getByTestId("login-email").fill(ACCOUNTS.reviewer);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  expect(new URL(page.url()).host).toBe(new URL(baseURL).host);
  expect(page.url()).not.toContain("evil.example");

  for (const payload of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%0D%2Fevil.example", "https%3A%2F%2Fevil.example"]) {
    const response = await reviewerPage.request.get(`/login?callbackUrl=${payload}`, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    const location = response.headers()["location"] ?? "";
    expect(location).not.toMatch(/evil\.example|[\t\r\n]/);
  }
});

test("2 · parallel guesses are counted before the password is checked; the real user still signs in", async () => {
  const victim = createAccount("reviewer");
  await Promise.all(Array.from({ length: 60 }, () => signInAttempt(victim, "wrong-password", "127.0.0.23")));
  const checked = auditCount("auth.sign_in_failed", "actor_email = ?", victim);
  expect(checked).toBeLessThanOrEqual(6);
  // The reviewer at their own desk (another address) is not locked out by someone else's guesses.
  const real = await signInAttempt(victim, PASSWORD, "127.0.0.24");
  expect(String(real.headers["set-cookie"] ?? "")).toContain("next-auth.session-token");
});

test("2 · a forged X-Forwarded-For does not buy a fresh client: spraying accounts is throttled", async () => {
  const tag = uniqueExternalId("spray").toLowerCase();
  for (let i = 0; i < 24; i++) {
    await signInAttempt(`${tag}-${i}@example.com`, "guess", "127.0.0.25", { "x-forwarded-for": `198.51.100.${i}` });
  }
  expect(auditCount("auth.sign_in_throttled", "actor_email LIKE ?", `${tag}-%`)).toBeGreaterThan(0);
});

test("3 · ID images are never cached, not embeddable, and gone from the browser after sign-out", async ({ browser, request }) => {
  const filing = await ingest(request, "unit");
  const account = createAccount("reviewer");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByTestId("login-email").fill(account);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL(/\/filings/);
  const imageResponse = page.waitForResponse((r) => r.url().includes("/api/materials/") && r.url().endsWith("/preview"));
  await page.goto(`/filings/${filing.id}`);
  const image = await imageResponse;
  expect(image.headers()["cache-control"]).toContain("no-store");
  expect(image.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  const imageUrl = image.url();

  const signOut = page.waitForResponse((r) => r.url().includes("/api/auth/signout") && r.request().method() === "POST");
  await page.getByTestId("sign-out").click();
  expect((await (await signOut).allHeaders())["clear-site-data"]).toContain("cache");
  await page.waitForURL(/\/login/);
  const after = await page.goto(imageUrl);
  expect(after?.status()).toBe(401);
  expect(after?.headers()["content-type"]).toContain("application/json");
  await context.close();
});

test("4 · every image read is audited, material URLs cannot be counted, and the search is no oracle", async ({
  reviewerPage: page,
  request,
}) => {
  // A valid ID number no other filing of this run uses.
  const base = `11010519850612${String(100 + (Date.now() % 900))}`;
  const idNumber = base + residentIdCheckChar(base);
  const filing = await ingest(request, "individual", individualWithId(idNumber));
  const reads = auditCount("material.read", "filing_id = ?", Number(filing.id));
  await page.goto(`/filings/${filing.id}`);
  await expect(page.getByTestId("image-panel")).toBeVisible();
  await expect.poll(() => auditCount("material.read", "filing_id = ?", Number(filing.id))).toBeGreaterThan(reads);

  const counted = await page.request.get("/api/materials/1/thumb");
  expect(counted.status()).toBe(404);

  const total = async (q: string) => {
    await page.goto(`/filings?status=all&assignee=any&q=${encodeURIComponent(q)}`);
    return Number(await page.getByTestId("filings-total").textContent());
  };
  expect(await total(idNumber)).toBe(1);
  for (const part of [idNumber.slice(0, 10), idNumber.slice(6, 14), idNumber.slice(-8), idNumber.slice(0, 15)])
    expect(await total(part)).toBe(0);
  expect(auditCount("pii.searched", "actor_email = ?", ACCOUNTS.reviewer)).toBeGreaterThan(0);
});

test("5 · after sign-out the old session cookie opens nothing", async ({ browser }) => {
  const lead = createAccount("lead");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByTestId("login-email").fill(lead);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.waitForURL(/\/filings/);
  const stolen = await context.cookies();
  await page.getByTestId("sign-out").click();
  await page.waitForURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const again = await replay.newPage();
  await again.goto("/filings");
  expect(new URL(again.url()).pathname).toBe("/login");
  const api = await replay.request.get("/audit/export");
  expect(api.status()).toBe(401);
  await context.close();
  await replay.close();

  // The lead signs in again as usual.
  const next = await browser.newContext();
  const fresh = await next.newPage();
  await fresh.goto("/login");
  await fresh.getByTestId("login-email").fill(lead);
  await fresh.getByTestId("login-password").fill(PASSWORD);
  await fresh.getByTestId("login-submit").click();
  await fresh.waitForURL(/\/filings/);
  await next.close();
});

test("6 · rule messages never show a whole number, valid or not", async ({ reviewerPage: page, request }) => {
  const filing = await ingest(request, "unit", {
    principal: { mobile: "138123456789" },
    subject: { legalRepresentative: { idNumber: "11010519491231002" } },
  });
  await page.goto(`/filings/${filing.id}`);
  const list = page.getByTestId("violation-list");
  await expect(list).toBeVisible();
  const text = (await list.textContent()) ?? "";
  expect(text).not.toContain("138123456789");
  expect(text).not.toContain("11010519491231002");
  // Order numbers (a letter first) stay readable; no other run of 6+ digits is shown.
  expect(text).not.toMatch(/(?<![A-Za-z][\w-]*)\d{6,}/);
});

test("7 · a NUL byte in the search box is just a search", async ({ reviewerPage: page }) => {
  const response = await page.goto("/filings?q=ab%00cd");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("filings-table")).toBeVisible();
});

test("8 · a refused resubmission deletes no file another filing uses", async ({ request, reviewerPage: page }) => {
  const first = await ingest(request, "unit");
  const again = await postFiling(request, { ...buildInput("unit"), externalId: first.externalId, revision: 1 });
  expect(again.status()).toBe(409);
  const image = page.waitForResponse((r) => r.url().includes("/api/materials/") && r.url().endsWith("/preview"));
  await page.goto(`/filings/${first.id}`);
  expect((await image).status()).toBe(200);
});

test("8 · a new order must start at revision 1", async ({ request }) => {
  const response = await postFiling(request, { ...buildInput("unit"), externalId: uniqueExternalId(), revision: 2 });
  expect(response.status()).toBe(409);
  expect((await response.json()).issues[0].path).toBe("revision");
});

test("10 · a server action from another origin is refused, even with a matching X-Forwarded-Host", async ({
  reviewerPage: page,
  request,
}) => {
  const a = await ingest(request, "unit");
  const b = await ingest(request, "unit");
  await page.goto(`/filings/${a.id}`);
  await expect(page.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByTestId("claim-button").click();
  const captured = await actionRequest;
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-holder", ACCOUNTS.reviewer);

  const replay = (origin: string, extra: Record<string, string> = {}) =>
    page.request.post(`/filings/${b.id}`, {
      headers: { "next-action": captured.headers()["next-action"], "content-type": "text/plain;charset=UTF-8", origin, ...extra },
      data: (captured.postData() ?? "").replace(String(a.id), String(b.id)),
      maxRedirects: 0,
    });
  const claimedBy = () =>
    readDb((db) => (db.prepare("SELECT claimed_by AS c FROM filings WHERE id = ?").get(Number(b.id)) as { c: number | null }).c);

  const forged = await replay("https://evil.example", { "x-forwarded-host": "evil.example" });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(claimedBy()).toBeNull();
  // The same replay from the console's own origin works: the test can tell a refusal from a broken replay.
  const own = await replay(new URL(page.url()).origin);
  expect(own.status()).toBe(200);
  expect(claimedBy()).not.toBeNull();
});

test("11 · scripts run only with the page's nonce; COOP is set; no HSTS over plain http", async ({ reviewerPage: page, request }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(e.violatedDirective),
    );
  });
  const response = await page.goto("/filings");
  const headers = response!.headers();
  const scriptSrc = headers["content-security-policy"].split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();
  await expect(page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  // Every inline script carries this response's nonce (loaded chunks are trusted through it:
  // 'strict-dynamic'), and the page ran without a single violation.
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  const inline = await page.locator("script:not([src])").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.every((n) => n === nonce)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  // The workspace runs without one too: no client code there may probe for eval (zod's JIT check
  // does, when a schema module loads in the browser).
  const filing = await ingest(request, "unit");
  await page.goto(`/filings/${filing.id}`);
  await expect(page.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  // A second response gets another nonce.
  const again = await page.goto("/filings");
  expect(again!.headers()["content-security-policy"]).not.toContain(nonce);
});
