import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../lib/tooling/seed/demo-accounts";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/axe";
import { latestEmailTo, openLinkFromLatestEmail } from "./support/mailbox";
import { signInAs } from "./support/sign-in-as";
import { startVariantServer, type VariantServer } from "./support/variant-server";

/**
 * Changing the email address from the profile, end to end through /dev/mailbox. On a variant server
 * (its own database) so the main server's demo accounts keep their addresses for every other spec;
 * Microsoft is not configured there, which is the Microsoft panel's "not available" state.
 */
let variant: VariantServer;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  variant = await startVariantServer({ E2E_MICROSOFT: "off" });
});
test.afterAll(async () => variant?.stop());

async function profileAs(page: Page, username: string) {
  await signInAs(page, username);
  await page.goto("/profile");
  return page.getByRole("region", { name: "Email address" });
}

test("an email change waits for its link, the old address is told twice, and the profile shows the new address", async ({ browser }) => {
  const margaret = demoAccounts.find((demo) => demo.username === "mcaldwell")!;
  // One journey through two inboxes with six accessibility checks: longer than the default minute.
  test.setTimeout(180_000);
  const newEmail = "margaret.new@example.net";
  const page = await (await browser.newContext({ baseURL: variant.baseURL })).newPage();
  const panel = await profileAs(page, margaret.username);
  await expect(panel).toContainText(`We send messages about your account to ${margaret.email}`);
  // Signed in a moment ago: no "Current password" (SES-7 asks only after 15 minutes).
  await expect(panel.getByLabel("Current password")).toHaveCount(0);

  await panel.getByLabel("New email address").fill("margaret.new@");
  await panel.getByRole("button", { name: "Change email address" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" }).click();
  await expect(panel.getByLabel("New email address")).toBeFocused();
  await expect(panel.getByLabel("New email address")).toHaveValue("margaret.new@");
  await expectNoAxeViolations(page);

  await panel.getByLabel("New email address").fill(` ${newEmail.toUpperCase()} `);
  await panel.getByRole("button", { name: "Change email address" }).click();
  await expect(panel.getByRole("status").filter({ hasText: `We sent a link to ${newEmail}` })).toBeVisible();
  await expect(panel).toContainText(`Pending confirmation to ${newEmail}`);
  await expect(panel).toContainText(`We send messages about your account to ${margaret.email}`);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  const requested = await latestEmailTo(page, margaret.email);
  expect(requested.subject).toBe("A change of your email address was requested");
  expect(requested.text).toContain(newEmail);
  expect(requested.links.map((link) => link.name)).toEqual(expect.arrayContaining(["reset your password now", "Online Support Form"]));
  expect(requested.links.find((link) => link.name === "Online Support Form")?.href).toBe(`${variant.baseURL}/support`);

  // The link opens a page; only the button (a POST) changes anything, so a mail scanner cannot.
  await openLinkFromLatestEmail(page, newEmail, "confirm your new email address");
  await expect(page).toHaveURL(/\/confirm-email-change\?token=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your new email address");
  await expectNoAxeViolations(page);
  const linkPage = page.url();
  await page.getByRole("button", { name: "Confirm my new email address" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address has been changed");
  await expectNoAxeViolations(page);

  const changed = await latestEmailTo(page, margaret.email);
  expect(changed.subject).toBe("Your email address was changed");
  expect(changed.text).toContain(newEmail);
  expect(changed.links.map((link) => link.name)).toContain("Online Support Form");

  await page.goto("/profile");
  await expect(panel).toContainText(`We send messages about your account to ${newEmail}`);
  await expect(panel).not.toContainText("Pending confirmation");
  await expect(page.getByRole("region", { name: "Your educator record" })).toContainText(newEmail);

  // Used once: the same link now says so and changes nothing.
  await page.goto(linkPage);
  await page.getByRole("button", { name: "Confirm my new email address" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");
  await expectNoAxeViolations(page);
});

test("where Microsoft sign-in is not configured, the profile says a Microsoft account cannot be linked", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: variant.baseURL })).newPage();
  await signInAs(page, "praman");
  await page.goto("/profile");
  const microsoft = page.getByRole("region", { name: "Microsoft account" });
  await expect(microsoft).toContainText("Signing in with Microsoft is not available on this portal, so one cannot be linked.");
  await expect(microsoft.getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
