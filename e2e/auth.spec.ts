import { ACCOUNTS } from "@/e2e/accounts";
import { expect, signIn, test } from "@/e2e/fixtures";

test("an anonymous visit to /filings lands on /login", async ({ page }) => {
  await page.goto("/filings");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId("login-email")).toBeVisible();
});

test("the sign-in page shows the console's tab icon without a session, and asks for no favicon.ico", async ({ page, request }) => {
  const asked: string[] = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await page.goto("/login");
  const href = await page.locator('link[rel~="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  // Anonymous, as a browser asks for it before anyone signs in: the icon itself, not a redirect to /login.
  const icon = await request.get(href!, { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.waitForLoadState("load");
  expect(asked).not.toContain("/favicon.ico");
});

test("a reviewer signs in, sees the shell in Chinese and switches to English", async ({ page }) => {
  await signIn(page, ACCOUNTS.reviewer);
  await expect(page).toHaveURL(/\/filings/);
  await expect(page.getByTestId("nav-queue")).toHaveText("待审队列");
  await expect(page.getByTestId("current-user")).toHaveAttribute("data-role", "reviewer");
  await expect(page.getByTestId("demo-badge")).toHaveText("演示模式");
  await expect(page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("nav-audit")).toHaveCount(0);
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-queue")).toHaveText("Queue");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-queue")).toHaveText("待审队列");
});

test("a wrong password shows the error and gives no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(ACCOUNTS.reviewer2);
  await page.getByTestId("login-password").fill("not-the-password");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("login-error")).toBeVisible();
  await page.goto("/filings");
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown user gets the same answer as a wrong password", async ({ page }) => {
  await page.goto("/login");
  await page.getByTestId("login-email").fill("nobody@example.com");
  await page.getByTestId("login-password").fill("demo-password");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("login-error")).toBeVisible();
});

test("a reviewer is refused the lead pages while a lead reaches them", async ({ reviewerPage, leadPage }) => {
  for (const route of ["/audit", "/audit/stats", "/audit/qa"]) {
    const refused = await reviewerPage.goto(route);
    expect(refused?.status(), route).toBe(403);
    await expect(reviewerPage.getByTestId("forbidden")).toBeVisible();
  }
  const allowed = await leadPage.goto("/audit");
  expect(allowed?.status()).toBe(200);
  await expect(leadPage.getByTestId("nav-audit")).toBeVisible();
});

test("API routes refuse anonymous callers", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const material = await request.get("/api/materials/AAAAAAAAAAAAAAAAAAAAAA/thumb");
  expect(material.status()).toBe(401);
});

test("pages check the session themselves: a forged proxy-skip header gets nothing", async ({ request }) => {
  const response = await request.get("/filings", {
    headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    maxRedirects: 0,
  });
  expect([303, 307, 308, 401]).toContain(response.status());
  expect(await response.text()).not.toContain("filings-table");
});

test("security headers are set", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-powered-by"]).toBeUndefined();
});
