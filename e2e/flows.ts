import { expect, type Page } from "@playwright/test";

/** Claims and decides a filing through the workspace, as a reviewer would. */
export async function decideInUi(
  page: Page,
  filingId: string,
  outcome: "approved" | "rejected",
  options: { reason?: string; note?: string } = {},
) {
  await page.goto(`/filings/${filingId}`);
  await expect(page.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  await page.getByTestId("claim-button").click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-holder", /@example\.com$/);
  await page.getByTestId(outcome === "approved" ? "decision-approve" : "decision-reject").click();
  if (options.reason) await page.locator(`[data-testid="reason-option"][data-reason="${options.reason}"]`).check();
  if (options.note) await page.getByTestId("decision-note").fill(options.note);
  await page.getByTestId("decision-submit").click();
  await expect(page.getByTestId("decision-outcome")).toHaveAttribute("data-outcome", outcome);
}
