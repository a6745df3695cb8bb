import { renderDocument } from "@/demo/documents/render-document";
import { expect, test } from "@/e2e/fixtures";
import { getUpstream, ingestWithFiles } from "@/e2e/factories";
import { maskIdNumber } from "@/lib/domain/pii/mask";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";

// 证照比对 (document-check.md): the principal uploads someone else's ID card. The console's
// background reader finds the other number, the DOC_* flag joins the revision, and the reviewer
// is shown where on the card the number was read, beside what was entered.

const OTHER_FIRST17 = "32010219920815046";
const OTHER_ID = OTHER_FIRST17 + residentIdCheckChar(OTHER_FIRST17);

test("an ID card of another person is flagged and its number shown where it was read", async ({ reviewerPage: page, request }) => {
  // One reader, first come first served: the demo filings' ~140 documents may still be queued ahead
  // of this one when the suite starts — about 1.2 s each on the machine this was written on, 3.3–3.6 s
  // on another of the same kind with nothing else running (where 240 s ran out): up to 15 minutes.
  test.setTimeout(960_000);
  const idFront = await renderDocument("principal_id_front", {
    personName: "王芳",
    gender: "女",
    birthDate: "1992-08-15",
    idNumber: OTHER_ID,
    idAddress: "江苏省南京市玄武区珠江路88号3栋2单元501室",
  });
  const filing = await ingestWithFiles(request, "unit", { "id-front.jpg": idFront });

  let upstream: { documentCheck?: string; violations: { rule: string; path: string }[] } = { violations: [] };
  await expect
    .poll(
      async () => {
        upstream = (await getUpstream(request, filing.externalId)).body;
        return upstream.documentCheck;
      },
      { timeout: 900_000, intervals: [1_000, 2_000] },
    )
    .not.toBe("pending");
  expect(upstream.documentCheck).toBe("done");
  expect(upstream.violations).toContainEqual(expect.objectContaining({ rule: "DOC_ID_NUMBER_MISMATCH", path: "principal.idNumber" }));

  await page.goto(`/filings/${filing.id}`);
  await expect(page.getByTestId("filing-fields")).toBeVisible();
  await expect(page.getByTestId("claim-bar")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("document-check-status")).toHaveAttribute("data-state", "done");

  // Before the reviewer has looked at the flagged card, the decision form says so.
  await page.getByTestId("claim-button").click();
  await expect(page.getByTestId("claim-status")).toHaveAttribute("data-holder", "reviewer@example.com");
  await expect(page.getByTestId("unopened-warning")).toHaveAttribute("data-materials", "1");

  await page.locator('[data-testid="violation"][data-rule="DOC_ID_NUMBER_MISMATCH"]').click();
  await expect(page.getByTestId("unopened-warning")).toHaveCount(0);
  await expect(page.locator('[data-testid="material"][data-material-kind="principal_id_front"]')).toHaveAttribute("aria-pressed", "true");
  const box = page.locator('[data-testid="document-box"][data-field="principal.idNumber"]');
  await expect(box).toHaveAttribute("data-active", "true");
  await expect(box).toHaveAttribute("data-material", "1");
  await expect(box).toBeVisible();
  await expect(page.locator('[data-testid="document-box"][data-active="true"]')).toHaveCount(1);

  // The boxes can be hidden and shown again.
  const toggle = page.getByRole("button", { name: "显示识别框" }).first();
  await toggle.click();
  await expect(page.getByTestId("document-box")).toHaveCount(0);
  await toggle.click();
  await expect(box).toBeVisible();

  // Beside the entered number: what the card says, masked like it until revealed.
  const row = page.getByTestId("filing-fields").locator('[data-field="principal.idNumber"]');
  await expect(row).toContainText(maskIdNumber(OTHER_ID));
  await expect(row).not.toContainText(OTHER_ID);
  await expect(page.locator("body")).not.toContainText(OTHER_ID);
});
