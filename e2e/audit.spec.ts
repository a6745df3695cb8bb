import fs from "node:fs";
import { expect, test } from "@/e2e/fixtures";
import { createAccount } from "@/e2e/accounts";
import { getUpstream, ingest, waitForRelease } from "@/e2e/factories";
import { signIn } from "@/e2e/fixtures";
import { decideInUi } from "@/e2e/flows";

async function decisionsOf(page: import("@playwright/test").Page, email: string): Promise<number> {
  await page.goto("/audit/stats");
  const row = page.locator(`[data-testid="stats-row"][data-reviewer="${email}"]`);
  return (await row.count()) === 0 ? 0 : Number(await row.getAttribute("data-decisions"));
}

test("a lead finds a reviewer's decision, exports it, overturns it, and the stats count it", async ({ browser, leadPage, request }) => {
  // Three signed-in browsers on two cores: give the flow room.
  test.slow();
  // A reviewer of its own: the other worker's tests decide as the demo reviewer meanwhile.
  const reviewer = createAccount("reviewer");
  const reviewerPage = await (await browser.newContext()).newPage();
  await signIn(reviewerPage, reviewer);
  const before = await decisionsOf(leadPage, reviewer);
  const filing = await ingest(request, "unit");
  await decideInUi(reviewerPage, filing.id, "rejected", { reason: "DOMAIN_NOT_VERIFIED", note: "域名实名未完成" });

  await leadPage.goto(`/audit?reviewer=${encodeURIComponent(reviewer)}&outcome=rejected`);
  const row = leadPage.locator(`[data-testid="decision-row"][data-filing-id="${filing.id}"]`);
  await expect(row).toHaveAttribute("data-reviewer", reviewer);
  await expect(row).toHaveAttribute("data-outcome", "rejected");
  await expect(row).toHaveAttribute("data-qa", "");
  // The reason reads as its label, the code on hover.
  await expect(row.locator('[data-reason="DOMAIN_NOT_VERIFIED"]')).toContainText("域名未实名认证");

  const [download] = await Promise.all([leadPage.waitForEvent("download"), leadPage.getByTestId("audit-export").click()]);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const line = csv.split("\r\n").find((l) => l.includes(filing.externalId));
  expect(line).toContain("DOMAIN_NOT_VERIFIED");
  expect(line).toContain("域名未实名认证");
  expect(line).toContain(reviewer);
  expect(csv).not.toContain(",approved,");

  // A second review starts once the decision has left its undo window.
  await waitForRelease(request, filing.externalId);
  await leadPage.goto(`/filings/${filing.id}`);
  await expect(leadPage.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  await leadPage.getByTestId("qa-overturn").click();
  await leadPage.getByTestId("qa-note").fill("域名实名已在注册商处完成，驳回不成立");
  await leadPage.getByTestId("qa-submit").click();
  await expect(leadPage.getByTestId("filing-status")).toHaveAttribute("data-status", "pending");
  expect((await getUpstream(request, filing.externalId)).body).toMatchObject({ status: "pending", decision: null });

  await leadPage.goto(`/audit?reviewer=${encodeURIComponent(reviewer)}`);
  await expect(leadPage.locator(`[data-testid="decision-row"][data-filing-id="${filing.id}"]`)).toHaveAttribute("data-qa", "overturned");
  expect(await decisionsOf(leadPage, reviewer)).toBe(before + 1);
});

test("a lead cannot second-review their own decision", async ({ leadPage, request }) => {
  const filing = await ingest(request, "unit");
  await decideInUi(leadPage, filing.id, "approved");
  await expect(leadPage.getByTestId("qa-own")).toBeVisible();
  await expect(leadPage.getByTestId("qa-agree")).toHaveCount(0);
});

test("the export is for leads only", async ({ reviewerPage }) => {
  const response = await reviewerPage.request.get("/audit/export");
  expect(response.status()).toBe(403);
});
