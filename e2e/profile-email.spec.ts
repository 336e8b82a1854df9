import { demoAccount, expect, onVariantServer, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";

/**
 * Changing the email address from the profile, end to end through /dev/mailbox. On a variant server
 * (its own database) so the main server's demo accounts keep their addresses for every other spec;
 * Microsoft is not configured there, which is the Microsoft panel's "not available" state.
 */
const variant = onVariantServer({ E2E_MICROSOFT: "off" });

test("an email change waits for its link, the old address is told twice, and the profile shows the new address", async ({ page, axe, mailbox, signInAs, profile }) => {
  const margaret = demoAccount("mcaldwell");
  // One journey through two inboxes with six accessibility checks: longer than the default minute.
  test.setTimeout(180_000);
  const newEmail = "margaret.new@example.net";
  await signInAs("mcaldwell");
  await profile.goto();
  const panel = profile.email();
  await expect(panel).toContainText(`We send messages about your account to ${margaret.email}`);
  // Signed in a moment ago: no "Current password" (SES-7 asks only after 15 minutes).
  await expect(panel.getByLabel("Current password")).toHaveCount(0);

  await panel.getByLabel("New email address").fill("margaret.new@");
  await panel.getByRole("button", { name: "Change email address" }).click();
  const summary = profile.problem();
  await summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" }).click();
  await expect(panel.getByLabel("New email address")).toBeFocused();
  await expect(panel.getByLabel("New email address")).toHaveValue("margaret.new@");
  await axe();

  await panel.getByLabel("New email address").fill(` ${newEmail.toUpperCase()} `);
  await panel.getByRole("button", { name: "Change email address" }).click();
  await expect(panel.getByRole("status").filter({ hasText: `We sent a link to ${newEmail}` })).toBeVisible();
  await expect(panel).toContainText(`Pending confirmation to ${newEmail}`);
  await expect(panel).toContainText(`We send messages about your account to ${margaret.email}`);
  await axe();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  const requested = await mailbox.latestTo(margaret.email);
  expect(requested.subject).toBe("A change of your email address was requested");
  expect(requested.text).toContain(newEmail);
  expect(requested.links.map((link) => link.name)).toEqual(expect.arrayContaining(["reset your password now", "Online Support Form"]));
  expect(requested.links.find((link) => link.name === "Online Support Form")?.href).toBe(`${variant.baseURL}/support`);

  // The link opens a page; only the button (a POST) changes anything, so a mail scanner cannot.
  await mailbox.openLink(newEmail, "confirm your new email address");
  await expect(page).toHaveURL(/\/confirm-email-change\?token=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your new email address");
  await axe();
  const linkPage = page.url();
  await page.getByRole("button", { name: "Confirm my new email address" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address has been changed");
  await axe();

  const changed = await mailbox.latestTo(margaret.email);
  expect(changed.subject).toBe("Your email address was changed");
  expect(changed.text).toContain(newEmail);
  expect(changed.links.map((link) => link.name)).toContain("Online Support Form");

  await profile.goto();
  await expect(panel).toContainText(`We send messages about your account to ${newEmail}`);
  await expect(panel).not.toContainText("Pending confirmation");
  await expect(profile.record()).toContainText(newEmail);

  // Used once: the same link now says so and changes nothing.
  await page.goto(linkPage);
  await page.getByRole("button", { name: "Confirm my new email address" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");
  await axe();
});

test("where Microsoft sign-in is not configured, the profile says a Microsoft account cannot be linked", async ({ axe, signInAs, profile }) => {
  await signInAs("praman");
  await profile.goto();
  const microsoft = profile.microsoft();
  await expect(microsoft).toContainText("Signing in with Microsoft is not available on this portal, so one cannot be linked.");
  await expect(microsoft.getByRole("button")).toHaveCount(0);
  await axe();
});
