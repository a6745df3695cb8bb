import { chromium } from "@playwright/test";
const [base, email, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
for (const locale of ["zh-CN", "en"]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: base });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill("demo-password");
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  for (const p of paths) {
    await page.goto(p);
    await page.waitForLoadState("networkidle");
    const name = `/tmp/shots/${p.replace(/[^a-z0-9]+/gi, "_")}-${locale}.png`;
    await page.screenshot({ path: name, fullPage: false });
    console.log(name);
  }
  await context.close();
}
await browser.close();
