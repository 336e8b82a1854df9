import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home";
import type { Mailbox } from "./pages/mailbox";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";

/**
 * Passkeys (issue 14, MFA-10, MFA-11): Chromium's virtual authenticator (CDP WebAuthn domain) plays a
 * platform authenticator with user verification, so the real browser, @simplewebauthn/browser and the
 * server's verification all run. A fresh account each time, so no demo account is changed.
 */
test.describe.configure({ timeout: 180_000 });

const shots = "/tmp/shots-mfa";

async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

/** Waits for the email with `subject` to be the newest to `address`, then follows its link `linkText`. */
async function followEmailLink(page: Page, mailbox: Mailbox, address: string, subject: string, linkText: string) {
  await expect(async () => expect((await mailbox.latestTo(address)).subject).toBe(subject)).toPass({ timeout: 20_000 });
  await page.getByRole("region", { name: "Links in this message" }).getByRole("link", { name: linkText, exact: true }).click();
}

async function passwordStep(page: Page, account: { username: string; password: string }) {
  await new HomePage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/sign-in\/second-factor$/);
}

test("MFA-10/MFA-11: add a passkey, sign out, sign in with password + passkey; remember the browser; remove the passkey after a fresh sign-in (SES-7)", async ({ page, freshAccount, profile, home, mailbox }) => {
  await addVirtualAuthenticator(page);
  const account = await freshAccount();
  await expect(page).toHaveURL(/\/dashboard$/);

  await profile.goto();
  const security = profile.security();
  // No name: a message beside the field, nothing asked of the authenticator.
  await security.getByRole("button", { name: "Add a passkey" }).click();
  await expect(security.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter a name for this passkey");
  await security.getByLabel("Name for this passkey").fill("Test laptop");
  await security.getByRole("button", { name: "Add a passkey" }).click();
  // A first factor: ten recovery codes, shown once.
  await expect(security.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.reload();
  await expect(security.getByRole("list", { name: "Passkeys and security keys" })).toContainText("Test laptop");
  await expect(security).toContainText("Not used yet.");
  await expectNoAxeViolationsAtBothWidths(page);
  await security.getByRole("heading", { name: "Passkeys and security keys" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/profile-passkeys.png`, fullPage: true });
  // The security email (MFA-8) names the passkey and has the "this wasn't me" path.
  await expect(async () => expect((await mailbox.latestTo(account.email)).subject).toBe("A passkey was added to your account")).toPass({ timeout: 15_000 });
  await expect(page.locator("pre")).toContainText("Test laptop");

  // Password, then the passkey.
  await page.goto("/dashboard");
  await home.signOutFromMenu();
  await passwordStep(page, account);
  await expect(page.getByRole("heading", { name: "Use a passkey" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await page.screenshot({ path: `${shots}/second-step-passkey.png`, fullPage: true });
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Again, remembering this browser: the next sign-in asks only for the password.
  await home.signOutFromMenu();
  await passwordStep(page, account);
  await page.getByRole("checkbox", { name: "Remember this browser for 30 days" }).first().check();
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await home.signOutFromMenu();
  await new HomePage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);

  // Removing it, right after signing in (SES-7: a sign-in within 15 minutes is the re-authentication).
  await profile.goto();
  await expect(security).toContainText("Last used");
  const manage = security.locator("details", { hasText: "Rename or remove “Test laptop”" });
  await manage.getByText("Rename or remove “Test laptop”").click();
  await expect(manage.getByLabel("Current password")).toHaveCount(0);
  await security.getByRole("button", { name: "Remove “Test laptop”" }).click();
  await expect(page).toHaveURL(/security=passkey-removed/);
  await expect(page.getByRole("status").filter({ hasText: "The passkey was removed" })).toBeVisible();
  await expect(security.getByRole("list", { name: "Passkeys and security keys" })).toHaveCount(0);
  await expectNoAxeViolationsAtBothWidths(page);
});

test("MFA-12: a person without their passkey asks for the emailed link, starts the 24-hour wait, and the warning email's link cancels it", async ({ page, freshAccount, profile, home, mailbox }) => {
  await addVirtualAuthenticator(page);
  const account = await freshAccount();
  await profile.goto();
  await profile.security().getByLabel("Name for this passkey").fill("Old phone");
  await profile.security().getByRole("button", { name: "Add a passkey" }).click();
  await expect(profile.security().getByRole("list", { name: "Recovery codes" })).toBeVisible();
  await page.goto("/dashboard");
  await home.signOutFromMenu();
  await passwordStep(page, account);
  await page.getByRole("link", { name: "Can't use your second factor?" }).click();
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText("We have emailed a link");
  await followEmailLink(page, mailbox, account.email, "Remove two-step sign-in from your account", "Start the 24-hour wait to remove two-step sign-in");
  await expect(page.getByRole("button", { name: "Start the 24-hour wait" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await page.getByRole("button", { name: "Start the 24-hour wait" }).click();
  await expect(page.getByRole("status")).toContainText("The 24-hour wait has started");
  await page.screenshot({ path: `${shots}/removal-started.png`, fullPage: true });
  await followEmailLink(page, mailbox, account.email, "Two-step sign-in will be removed from your account unless you cancel", "Cancel the removal");
  await expectNoAxeViolationsAtBothWidths(page);
  await page.getByRole("button", { name: "Cancel the removal" }).click();
  await expect(page.getByRole("status")).toContainText("Cancelled: two-step sign-in stays on");
});

test("MFA-12: “Can't use your second factor?” explains the 24-hour wait; without a sign-in it says the sign-in expired", async ({ page }) => {
  await page.goto("/sign-in/second-factor/lost");
  await expect(page.getByRole("heading", { name: "Can't use your second factor?" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await page.screenshot({ path: `${shots}/lost-factor.png`, fullPage: true });
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText("Your sign-in has expired");
  await page.goto("/sign-in/second-factor/removal?token=not-a-live-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  await expect(page.getByRole("button", { name: "Start the 24-hour wait" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await page.getByRole("button", { name: "Start the 24-hour wait" }).click();
  await expect(page.getByRole("heading", { name: "This link has expired or has already been used" })).toBeVisible();
});
