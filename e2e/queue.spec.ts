import { expect, test } from "@/e2e/fixtures";
import { ingest, uniqueExternalId } from "@/e2e/factories";

const totalOf = async (page: import("@playwright/test").Page) => Number(await page.getByTestId("filings-total").innerText());

test("URL filters narrow filings-total", async ({ reviewerPage: page, request }) => {
  await ingest(request, "unit", {
    province: "西藏",
    subject: { certificateAddress: "西藏拉萨市城关区北京中路8号", mailingAddress: "西藏拉萨市城关区北京中路8号" },
  });
  await ingest(request, "unit");
  await page.goto("/filings?status=all&assignee=any");
  const all = await totalOf(page);
  await page.goto("/filings?status=all&assignee=any&province=西藏");
  const tibet = await totalOf(page);
  expect(tibet).toBeGreaterThan(0);
  expect(tibet).toBeLessThan(all);
  const provinces = await page.getByTestId("filing-row").locator("td:nth-child(4)").allInnerTexts();
  expect(new Set(provinces)).toEqual(new Set(["西藏"]));
});

test("search by order number finds exactly that filing", async ({ reviewerPage: page, request }) => {
  const filing = await ingest(request, "unit");
  await page.goto("/filings?status=all&assignee=any");
  await expect(page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  await page.getByTestId("filings-search").fill(filing.externalId);
  await page.getByTestId("filings-search").press("Enter");
  await expect(page.getByTestId("filings-total")).toHaveText("1");
  await expect(page.getByTestId("filing-row")).toHaveCount(1);
  await expect(page.getByTestId("filing-row")).toHaveAttribute("data-external-id", filing.externalId);
  expect(page.url()).toContain(`q=${filing.externalId}`);
});

test("sorting and pagination change the rows", async ({ reviewerPage: page }) => {
  await page.goto("/filings?status=all&assignee=any&perPage=25&sort=externalId&dir=asc");
  await expect(page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  const firstAsc = await page.getByTestId("filing-row").first().getAttribute("data-external-id");
  await page.getByTestId("sort-externalId").click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(page.getByTestId("filing-row").first()).not.toHaveAttribute("data-external-id", firstAsc!);
  const pageOne = await page.getByTestId("filing-row").first().getAttribute("data-external-id");
  await page.getByTestId("pagination-next").click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("filing-row").first()).not.toHaveAttribute("data-external-id", pageOne!);
  await page.getByTestId("pagination-prev").click();
  await expect(page.getByTestId("filing-row").first()).toHaveAttribute("data-external-id", pageOne!);
});

test("claim-next opens a filing claimed by the reviewer; a second reviewer gets another", async ({
  reviewerPage,
  reviewer2Page,
  request,
}) => {
  // Three signed-in browsers on two cores: give the flow room.
  test.slow();
  const tag = uniqueExternalId("CLAIM");
  const older = await ingest(request, "unit", { externalId: `${tag}-A`, submittedAt: new Date(Date.now() - 3_600_000).toISOString() });
  const newer = await ingest(request, "unit", { externalId: `${tag}-B` });
  await reviewerPage.goto(`/filings?q=${tag}`);
  await expect(reviewerPage.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  await reviewerPage.getByTestId("claim-next").click();
  await reviewerPage.waitForURL(`**/filings/${older.id}`);
  await expect(reviewerPage.getByTestId("claim-status")).toHaveAttribute("data-holder", "reviewer@example.com");

  await reviewer2Page.goto(`/filings?q=${tag}`);
  await expect(reviewer2Page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  await reviewer2Page.getByTestId("claim-next").click();
  await reviewer2Page.waitForURL(`**/filings/${newer.id}`);
  await expect(reviewer2Page.getByTestId("claim-status")).toHaveAttribute("data-holder", "reviewer2@example.com");

  await reviewer2Page.goto(`/filings?q=${tag}`);
  await reviewer2Page.getByTestId("claim-next").click();
  await expect(reviewer2Page.getByTestId("claim-next-empty")).toBeVisible();
});

test("keyboard shortcuts move, open, search and help", async ({ reviewerPage: page }) => {
  await page.goto("/filings?status=all&assignee=any");
  const rows = page.getByTestId("filing-row");
  await expect(page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  await expect(rows.first()).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("k");
  await expect(rows.first()).toHaveAttribute("data-selected", "true");
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts-dialog")).toBeHidden();
  await page.keyboard.press("/");
  await expect(page.getByTestId("filings-search")).toBeFocused();
  await page.getByTestId("filings-search").press("Escape");
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("data-selected", "true");
  const id = await rows.nth(1).getAttribute("data-filing-id");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/filings/${id}`);
});

test("the list masks personal data of individuals", async ({ reviewerPage: page, request }) => {
  const filing = await ingest(request, "individual");
  await page.goto(`/filings?status=all&assignee=any&q=${filing.externalId}`);
  const row = page.getByTestId("filing-row");
  await expect(row).toContainText("李*");
  await expect(row).not.toContainText("李四");
  await expect(row).toContainText("110***********");
});

test("the queue fits a 1280 × 800 screen in English, all twelve columns with no sideways scroll", async ({
  reviewerPage: page,
  request,
}) => {
  // English labels are the longer ones: at 1280 px the table's last columns (claimed by, status) once
  // needed a sideways scroll, and a long upstream order number widened it further. A new access in
  // Inner Mongolia, under a long name and a 50-character order number, is on the first page (newest
  // first) beside filings in every state the other tests left. It keeps the fixtures' unit (its
  // certificate number): a unit of its own would share their phones and principal "across subjects",
  // an error on every default filing the other tests ingest after it.
  const filing = await ingest(request, "unit", {
    externalId: uniqueExternalId("E2E-A-LONG-UPSTREAM-ORDER-NUMBER"),
    type: "new_access",
    province: "内蒙古",
    subject: { name: "北京某某网络信息技术服务有限责任公司内蒙古自治区呼和浩特市分公司" },
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/filings");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-queue")).toHaveText("Queue");
  await page.goto("/filings?status=all&assignee=any&sort=submitted&dir=desc");
  await expect(page.getByTestId("filings-table-container")).toHaveAttribute("data-hydrated", "true");
  const row = page.locator(`[data-testid="filing-row"][data-external-id="${filing.externalId}"]`);
  await expect(row.locator("td").nth(3)).toHaveText("Inner Mongolia");
  const overflow = await page.getByTestId("filings-table").evaluate((table) => ({
    table: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
    page: document.scrollingElement!.scrollWidth - window.innerWidth,
  }));
  expect(overflow).toEqual({ table: 0, page: 0 });
  // Cut short on screen, the order number and the subject are whole in their titles.
  await expect(row.getByTestId("filing-link")).toHaveAttribute("title", filing.externalId);
  await expect(row.locator("td").nth(4).locator("span")).toHaveAttribute("title", /^北京某某.*呼和浩特市分公司$/);
});
