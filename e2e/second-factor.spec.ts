import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";

/**
 * Two-step sign-in with an authenticator app (issue 14: MFA-1..MFA-4, MFA-7). The test is the
 * authenticator: it reads the key the profile shows and computes RFC 6238 codes itself (otpauth, not
 * the portal's own module). A fresh account each time, so no demo account is changed.
 */
test.describe.configure({ timeout: 180_000 });

function codeAt(key: string, offsetSeconds = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, "")), algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSeconds * 1000 });
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function passwordStep(page: Page, account: { username: string; password: string }) {
  await new HomePage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/sign-in\/second-factor$/);
  await expect(page.getByRole("heading", { name: "Enter your security code" })).toBeVisible();
}

test("MFA-3/MFA-2/MFA-4/MFA-7: set up an authenticator app, then sign in with password + code; a reused code is refused; a recovery code works once and only once", async ({ page, freshAccount, profile, home }) => {
  const account = await freshAccount();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("link", { name: "Set up two-step sign-in" })).toBeVisible();

  await profile.goto();
  const security = profile.security();
  await security.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(security.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const key = (await security.getByTestId("authenticator-key").innerText()).trim();
  expect(key.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolationsAtBothWidths(page);

  // A wrong first code: a message beside the field and in the summary; nothing turned on.
  await security.getByLabel("Code from your app").fill("000000");
  await security.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(security.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("That code is not right");
  await expect(security.locator("#authenticatorCode-error")).toContainText("That code is not right");

  const enrolmentCode = codeAt(key);
  await security.getByLabel("Code from your app").fill(enrolmentCode);
  await security.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const codeItems = security.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codeItems).toHaveCount(10);
  const codes = (await codeItems.allInnerTexts()).map((code) => code.trim());
  await expectNoAxeViolationsAtBothWidths(page);
  await page.goto("/profile");
  await expect(security).toContainText("You have 10 unused recovery codes");

  // Password, then the code: the enrolment's code again is refused as used; the next one signs in.
  await page.goto("/dashboard"); // the profile has "Sign out of all other sessions" as well
  await home.signOutFromMenu();
  await passwordStep(page, account);
  await expectNoAxeViolationsAtBothWidths(page);
  await enterCode(page, enrolmentCode);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("already used");
  await expect(page).toHaveURL(/\/sign-in\/second-factor$/);
  await enterCode(page, codeAt(key, 30));
  await expect(page).toHaveURL(/\/dashboard$/);

  // A recovery code signs in once...
  await home.signOutFromMenu();
  await passwordStep(page, account);
  await enterCode(page, codes[0]!);
  await expect(page).toHaveURL(/\/dashboard$/);
  // ...and only once.
  await home.signOutFromMenu();
  await passwordStep(page, account);
  await enterCode(page, codes[0]!);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("That code is not right");
  await enterCode(page, codes[1]!);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("MFA-7: the second-step page without a password step says the sign-in expired", async ({ page }) => {
  await page.goto("/sign-in/second-factor");
  await expect(page.getByRole("status")).toContainText("Your sign-in has expired");
  await expectNoAxeViolationsAtBothWidths(page);
});
