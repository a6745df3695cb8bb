import sharp from "sharp";
import { expect, test } from "@/e2e/fixtures";
import { getUpstream, ingest, ingestWithFiles, waitForRelease } from "@/e2e/factories";
import { decideInUi } from "@/e2e/flows";

// Lead insight (testing-contract.md, additions): rule tuning, what the reviewer looked at before
// deciding, the undo window, team views. playwright.config.ts sets an 8-second undo window.

async function overriddenCount(page: import("@playwright/test").Page, rule: string): Promise<number> {
  await page.goto("/audit/rules");
  await expect(page.getByTestId("rule-stats-table")).toBeVisible();
  const row = page.locator(`[data-testid="rule-stat-row"][data-rule="${rule}"]`);
  return (await row.count()) === 0 ? 0 : Number(await row.getAttribute("data-overridden"));
}

test("a lead sees a rule's override count rise after a reviewer approves over it", async ({ reviewerPage, leadPage, request }) => {
  test.slow();
  const before = await overriddenCount(leadPage, "MOBILE_INVALID");
  const filing = await ingest(request, "unit", { principal: { mobile: "12345" } });
  await reviewerPage.goto(`/filings/${filing.id}`);
  await expect(reviewerPage.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  await reviewerPage.getByTestId("claim-button").click();
  await expect(reviewerPage.getByTestId("claim-status")).toHaveAttribute("data-holder", "reviewer@example.com");
  await reviewerPage.getByTestId("decision-approve").click();
  await reviewerPage.getByTestId("override-justification").fill("已电话核实，号码为单位总机转接");
  await reviewerPage.getByTestId("decision-submit").click();
  await expect(reviewerPage.getByTestId("decision-outcome")).toHaveAttribute("data-outcome", "approved");
  await waitForRelease(request, filing.externalId);

  await expect.poll(() => overriddenCount(leadPage, "MOBILE_INVALID")).toBe(before + 1);
  const row = leadPage.locator('[data-testid="rule-stat-row"][data-rule="MOBILE_INVALID"]');
  expect(Number(await row.getAttribute("data-flagged"))).toBeGreaterThanOrEqual(before + 1);
});

test("a decision made without opening a flagged document is marked in the log and found by its filter", async ({
  reviewerPage,
  leadPage,
  request,
}) => {
  test.slow();
  // An ID back of 480×320: IMAGE_TOO_SMALL flags the third document, which the workspace does not open by itself.
  const small = await sharp({ create: { width: 480, height: 320, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .toBuffer();
  const filing = await ingestWithFiles(request, "unit", { "id-back.jpg": small });
  expect(filing.violations).toContainEqual(expect.objectContaining({ rule: "IMAGE_TOO_SMALL", material: 2 }));
  await decideInUi(reviewerPage, filing.id, "approved");

  await leadPage.goto("/audit?unopened=1&reviewer=reviewer@example.com");
  const row = leadPage.locator(`[data-testid="decision-row"][data-filing-id="${filing.id}"]`);
  // Only the first document was shown, in the large viewer, before the decision.
  await expect(row).toHaveAttribute("data-opened", "1/4");

  // A decision after opening every document is not in that filter.
  const seen = await ingestWithFiles(request, "unit", { "id-back.jpg": small });
  await reviewerPage.goto(`/filings/${seen.id}`);
  await expect(reviewerPage.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  await reviewerPage.getByTestId("claim-button").click();
  await expect(reviewerPage.getByTestId("claim-status")).toHaveAttribute("data-holder", "reviewer@example.com");
  // Every document opened (the document check may flag the licence and ID front too).
  for (const index of [1, 2, 3]) {
    await reviewerPage.locator(`[data-testid="material"][data-material-index="${index}"]`).click();
    await expect(reviewerPage.locator(`[data-testid="material"][data-material-index="${index}"]`)).toHaveAttribute("aria-pressed", "true");
    await reviewerPage.waitForTimeout(1_200);
  }
  await reviewerPage.getByTestId("decision-approve").click();
  await reviewerPage.getByTestId("decision-submit").click();
  await expect(reviewerPage.getByTestId("decision-outcome")).toHaveAttribute("data-outcome", "approved");
  await leadPage.goto("/audit?reviewer=reviewer@example.com");
  await expect(leadPage.locator(`[data-testid="decision-row"][data-filing-id="${seen.id}"]`)).toHaveAttribute("data-opened", "4/4");
  await leadPage.goto("/audit?unopened=1&reviewer=reviewer@example.com");
  await expect(leadPage.locator(`[data-testid="decision-row"][data-filing-id="${filing.id}"]`)).toBeVisible();
  await expect(leadPage.locator(`[data-testid="decision-row"][data-filing-id="${seen.id}"]`)).toHaveCount(0);
});

test("a reviewer undoes a decision within its window; the upstream API never reports it", async ({ reviewerPage: page, request }) => {
  const filing = await ingest(request, "unit");
  await decideInUi(page, filing.id, "approved");
  const hold = page.getByTestId("decision-hold");
  await expect(hold).toBeVisible();
  const releaseAt = Date.parse((await hold.getAttribute("data-release-at"))!);
  expect(releaseAt).toBeGreaterThan(Date.now());
  expect((await getUpstream(request, filing.externalId)).body).toMatchObject({ status: "pending", decision: null });

  await page.getByTestId("decision-undo").click();
  // The form is back, the claim still the reviewer's.
  await expect(page.getByTestId("decision-submit")).toBeEnabled();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-holder", "reviewer@example.com");
  await expect(page.getByTestId("decision-outcome")).toHaveCount(0);

  // Past the window the undone decision still never went out.
  await page.waitForTimeout(Math.max(0, releaseAt - Date.now()) + 2_000);
  expect((await getUpstream(request, filing.externalId)).body).toMatchObject({ status: "pending", decision: null });
  await page.reload();
  await expect(page.getByTestId("filing-status")).toHaveAttribute("data-status", "pending");
  // The undone decision stays in the history (append-only), marked as undone.
  await expect(page.locator('[data-testid="history-decision"][data-undone="true"]')).toHaveCount(1);
});

test("after its window a decision is released: the API reports it and it can no longer be undone", async ({
  reviewerPage: page,
  request,
}) => {
  const filing = await ingest(request, "unit", { subject: { mailingAddress: "北京市海淀区中关村大街" } });
  await decideInUi(page, filing.id, "rejected");
  await expect(page.getByTestId("decision-undo")).toBeEnabled();
  expect((await getUpstream(request, filing.externalId)).body.status).toBe("pending");
  const upstream = await waitForRelease(request, filing.externalId);
  expect(upstream.body).toMatchObject({ status: "rejected", decision: { outcome: "rejected" } });
  // The page notices the window closing by itself.
  await expect(page.getByTestId("decision-undo")).toHaveCount(0);
  await expect(page.getByTestId("decision-outcome")).toHaveAttribute("data-outcome", "rejected");
});

test("a view a lead shares appears for a reviewer, read-only", async ({ leadPage, reviewerPage }) => {
  test.slow();
  const name = `江苏待审 ${Date.now().toString(36)}`;
  await leadPage.goto(`/filings?province=${encodeURIComponent("江苏")}`);
  await leadPage.getByTestId("saved-views").click();
  await leadPage.getByTestId("saved-view-name").fill(name);
  await leadPage.getByTestId("saved-view-save").click();
  const own = leadPage.locator('[data-testid="saved-view"]', { hasText: name });
  await expect(own).toBeVisible();
  const item = leadPage.locator("li", { has: own });
  await item.getByTestId("share-view").click();
  await expect(item.getByTestId("share-view")).toHaveAttribute("data-shared", "true");

  await reviewerPage.goto("/filings");
  await reviewerPage.getByTestId("saved-views").click();
  const shared = reviewerPage.locator('[data-testid="shared-view"]', { hasText: name });
  await expect(shared).toBeVisible();
  // Not among the reviewer's own views: it cannot be renamed, shared or deleted from here.
  await expect(reviewerPage.locator('[data-testid="saved-view"]', { hasText: name })).toHaveCount(0);
  await shared.click();
  await expect(reviewerPage).toHaveURL(/province=/);
});
