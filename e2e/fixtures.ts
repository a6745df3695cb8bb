import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, PASSWORD, type Persona } from "@/e2e/accounts";

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function storageStateFor(browser: Browser, persona: Persona, dir: string): Promise<string> {
  const file = path.join(dir, `${persona}.json`);
  if (fs.existsSync(file)) return file;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ACCOUNTS[persona]);
  await context.storageState({ path: file });
  await context.close();
  return file;
}

type PersonaPages = { reviewerPage: Page; reviewer2Page: Page; leadPage: Page };

/** Per-role pages, each in its own signed-in browser context (signed in once per worker). */
export const test = base.extend<PersonaPages, { authDir: string }>({
  authDir: [
    async ({}, use, workerInfo) => {
      const dir = path.join(workerInfo.project.outputDir, `.auth-${workerInfo.workerIndex}`);
      fs.mkdirSync(dir, { recursive: true });
      await use(dir);
    },
    { scope: "worker" },
  ],
  reviewerPage: async ({ browser, authDir }, use) => use(await personaPage(browser, "reviewer", authDir)),
  reviewer2Page: async ({ browser, authDir }, use) => use(await personaPage(browser, "reviewer2", authDir)),
  leadPage: async ({ browser, authDir }, use) => use(await personaPage(browser, "lead", authDir)),
});

async function personaPage(browser: Browser, persona: Persona, dir: string): Promise<Page> {
  const context = await browser.newContext({ storageState: await storageStateFor(browser, persona, dir) });
  return context.newPage();
}

export { expect };
