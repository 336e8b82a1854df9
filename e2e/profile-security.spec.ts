import type { Page } from "@playwright/test";
import { demoAccount, expect, onVariantServer, test, type DemoUsername } from "./fixtures";
import { HomePage, sessionUser } from "./pages/home";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";

/**
 * The profile's Security section (PWD-6, SES-5). These specs change demo accounts' passwords and
 * sessions, so they run on their own server and database (variant-server.ts); the main server's demo
 * accounts stay as the seed made them for every other spec.
 */
onVariantServer({ E2E_MICROSOFT: "off" });

test.describe.configure({ timeout: 120_000 });

/** Signs in through the home page's box, in `page` as it is, and lands on the dashboard. */
async function signedIn(page: Page, username: DemoUsername) {
  const account = demoAccount(username);
  await new HomePage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

/** What the browser itself could send: Auth.js's session update with data of its choosing (no renewal ticket). */
async function forgedUpdate(page: Page): Promise<string | null> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/session", { data: { csrfToken, data: { renewal: "forged", session_version: 99 } } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { user?: { id?: string } } | null)?.user?.id ?? null;
}

test("change password: a wrong current password is refused; then the other browser is signed out, this one stays, email and list say so", async ({ page, mailbox, newPage, profile }) => {
  const margaret = demoAccount("mcaldwell");
  const other = await signedIn(await newPage(), "mcaldwell");
  await signedIn(page, "mcaldwell");

  // The dashboard's quick link lands on the form.
  await page.getByRole("region", { name: "Quick Links" }).getByRole("link", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/profile#change-password$/);
  const security = profile.security();
  await expect(security.getByRole("heading", { name: "Change password" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);

  const newPassword = "Saffron-Tundra-Mosaic-97#";
  await page.locator("#change-current-password").fill("Not-my-password-at-all-1!");
  await page.locator("#change-new-password").fill(newPassword);
  await expect(security.getByRole("listitem").filter({ hasText: "At least 15 characters" })).toContainText("(done)");
  await page.locator("#change-confirm-password").fill(newPassword);
  await security.getByRole("button", { name: "Change password" }).click();
  const summary = profile.problem();
  await expect(summary.getByRole("link", { name: "Your current password is incorrect" })).toBeVisible();
  await expect(page.locator("#change-current-password-error")).toContainText("Your current password is incorrect");
  await expect(page.locator("#change-current-password")).toHaveValue("");
  await expect(security.getByRole("table").getByRole("row").nth(1)).toContainText("Password change failed (wrong current password)");
  await expectNoAxeViolationsAtBothWidths(page);
  expect(await sessionUser(other), "a failed change ends nothing").toBeTruthy();

  await profile.changePassword(margaret.password, newPassword);
  await expect(page).toHaveURL(/\/profile\?security=password-changed$/);
  await expect(security.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  const events = security.getByRole("table");
  await expect(events.getByRole("row").nth(1)).toContainText("Password changed");
  await expect(events).toContainText("Password change failed (wrong current password)");
  await expect(events.getByRole("row").nth(1)).toContainText(/Chrome on (Windows|Linux)/);
  await expectNoAxeViolationsAtBothWidths(page);

  // SES-5: the other browser's session is over, even when it asks Auth.js's update endpoint to renew
  // it with made-up data; this one is still signed in, on the next page too.
  expect(await forgedUpdate(other)).toBeNull();
  expect(await sessionUser(other)).toBeNull();
  // The same request from the live session is answered as an ordinary read (so the endpoint was reached).
  expect(await forgedUpdate(page)).toBeTruthy();
  expect(await sessionUser(page)).toBeTruthy();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);

  const email = await mailbox.latestTo(margaret.email);
  expect(email.subject).toBe("Your password was changed");
  expect(email.text).toContain("This wasn't me");
  expect(email.text).not.toContain(newPassword);
  expect(await sessionUser(page)).toBeTruthy();
  await other.close();
});

test("sign out of all other sessions: the other browser is signed out, this one stays, and the list says so", async ({ page, newPage, profile }) => {
  const other = await signedIn(await newPage(), "bwhitaker");
  await signedIn(page, "bwhitaker");
  await profile.goto();
  const security = profile.security();
  await security.getByRole("button", { name: "Sign out of all other sessions" }).click();
  await expect(page).toHaveURL(/\/profile\?security=signed-out-others$/);
  await expect(security.getByRole("status").filter({ hasText: "You have signed out of all other sessions." })).toBeVisible();
  await expect(security.getByRole("table").getByRole("row").nth(1)).toContainText("Signed out of all other sessions");
  expect(await sessionUser(other)).toBeNull();
  expect(await sessionUser(page)).toBeTruthy();
  await page.reload();
  await expect(security.getByRole("heading", { name: "Recent security events" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await other.close();
});
