import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Mailbox } from "./pages/mailbox";
import { MicrosoftLogin } from "./pages/microsoft";
import { startIssuer, type Issuer } from "./support/oidc-issuer";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";
import { shootAtBothWidths } from "./support/screenshots";
import { demoStaffMember } from "../lib/tooling/seed/demo-staff";
import { signInAsStaff, staffCode } from "./support/staff";

/**
 * Staff accounts (issue 15 items 1 and 2, "Staff accounts (admin)"), as one journey: an administrator
 * invites a new staff member; the invitation email's link (a page with a button: opening it uses nothing
 * up) sets a password and leads to the authenticator set-up; the newcomer lands in the console seeing only
 * their role's sections; the administrator disables them and their very next request goes to sign-in.
 */
async function openAccount(page: Page, name: string) {
  await page.goto("/staff/accounts");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test("an administrator invites a staff member, who sets a password and an authenticator, sees only their role's sections, and is shut out at once when disabled", async ({ page, newPage, axe }) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const newcomer = { name: `Nina Newcomer ${stamp}`, email: `nina.${stamp}@staff.example`, password: "Harbor-Violet-Compass-58?" };

  // The administrator's list and invitation form (axe, 320 px).
  await signInAsStaff(page, "admin");
  await page.goto("/staff/accounts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff accounts");
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Ada Admin/ })).toContainText("Administrator");
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "staff-accounts");

  // The two-person rule per application type: on for duplicates, said on the page, then off again.
  await page.getByRole("navigation", { name: "Staff console" }).getByRole("link", { name: "Application types" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Application types");
  const duplicate = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Duplicate or replacement certificate" }) });
  await expect(duplicate).toContainText("Second reviewer: not required");
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "staff-application-types");
  await duplicate.getByRole("button", { name: "Require a second reviewer for Duplicate or replacement certificate" }).click();
  await expect(duplicate.getByRole("status")).toHaveText("Saved: Duplicate or replacement certificate now needs a second reviewer.");
  await expect(duplicate).toContainText("Second reviewer: required");
  await page.reload();
  await duplicate.getByRole("button", { name: "Stop requiring a second reviewer for Duplicate or replacement certificate" }).click();
  await expect(duplicate.getByRole("status")).toHaveText("Saved: Duplicate or replacement certificate no longer needs a second reviewer.");
  await page.goto("/staff/audit");
  await expect(page.getByRole("main")).toContainText("staff.application_type.second_reviewer");
  await page.goto("/staff/accounts");

  await page.getByRole("link", { name: "Invite a staff member" }).click();
  await page.getByRole("button", { name: "Send invitation" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText(["Enter the staff member's full name", "Enter the staff member's work email address", "Choose at least one role"]);
  await axe();
  await page.getByLabel("Full name").fill(newcomer.name);
  await page.getByLabel("Work email address").fill(newcomer.email);
  await page.getByRole("checkbox", { name: "Support" }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newcomer.name);
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Invited (no password yet)");
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "staff-account");

  // The newcomer, in their own browser: the email's link, the password, the authenticator.
  const nina = await newPage();
  const email = await new Mailbox(nina).latestTo(newcomer.email, 10_000, "Set up your staff console account");
  const link = email.links.find((candidate) => candidate.name === "Set up your staff account")!.href;
  await nina.goto(link);
  await expect(nina.getByRole("heading", { level: 1 })).toHaveText("Set up your staff account");
  await expectNoAxeViolationsAtBothWidths(nina);
  await shootAtBothWidths(nina, "staff-invitation");
  await nina.getByLabel("New password", { exact: true }).fill("short");
  await nina.getByLabel("Confirm new password").fill("short");
  await nina.getByRole("button", { name: "Save password and continue" }).click();
  await expect(nina.locator("#password-error")).toBeVisible();
  await axe(nina);
  await nina.getByLabel("New password", { exact: true }).fill(newcomer.password);
  await nina.getByLabel("Confirm new password").fill(newcomer.password);
  await nina.getByRole("button", { name: "Save password and continue" }).click();
  await expect(nina).toHaveURL(/\/staff\/enrol$/);
  await enrolAuthenticator(nina);

  const nav = nina.getByRole("navigation", { name: "Staff console" });
  await expect(nav.getByRole("link")).toHaveText(["Overview", "Requests", "Records", "Email outbox"]);
  await expect(nav.getByRole("link", { name: "Staff accounts" })).toHaveCount(0);
  await nina.goto("/staff/accounts");
  await expect(nina).toHaveURL(/\/staff\/denied$/);

  // The link worked once: opening it again says so.
  await nina.goto(link);
  await expect(nina.getByRole("alert").filter({ hasText: "This link has expired or has already been used" })).toBeVisible();
  await axe(nina);

  // The administrator sees the enrolment, then disables the account: the newcomer's next request is refused.
  await openAccount(page, newcomer.name);
  await expect(page.getByRole("main")).toContainText("Active");
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account disabled" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Re-enable account" })).toBeVisible();
  await axe();
  await nina.goto("/staff");
  await expect(nina).toHaveURL(/\/staff\/sign-in/);

  // The administrator cannot disable themselves.
  await openAccount(page, "Ada Admin");
  await expect(page.getByRole("button", { name: "Disable account" })).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText("You cannot disable your own account.");
});

/** /staff/enrol: the key shown beside the QR code, its first code, then the recovery codes shown once. */
async function enrolAuthenticator(page: Page) {
  const key = (await page.getByTestId("authenticator-key").innerText()).trim();
  await page.getByLabel("Code from your app").fill(staffCode(key));
  await page.getByRole("button", { name: "Turn on and continue" }).click();
  await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

let issuer: Issuer | undefined;
test.afterAll(async () => issuer?.close());

/** "Sign in with Microsoft" on the staff sign-in page, as `login` at the local issuer (e2e/support/oidc-issuer.ts). */
async function microsoftSignIn(page: Page, login: string) {
  await page.goto("/staff/sign-in");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer!.url}/interaction/`));
  await new MicrosoftLogin(page).loginAs(login);
}

test("staff Microsoft sign-in: linked by a signed-in staff member, then it replaces only the password; another tenant and an unlinked identity are refused", async ({ page, newPage, axe, baseURL }) => {
  test.setTimeout(150_000);
  issuer = await startIssuer(baseURL!);
  const approver = demoStaffMember("approver");

  // Linking needs a console session past the second factor.
  await signInAsStaff(page, "approver");
  const usedStep = Math.floor(Date.now() / 30_000);
  await page.goto("/staff/microsoft");
  await axe();
  await page.getByRole("button", { name: "Link Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer.url}/interaction/`));
  await new MicrosoftLogin(page).loginAs("staff-abel");
  await expect(page).toHaveURL(/\/staff\/microsoft\?notice=linked$/);
  await expect(page.getByRole("status").filter({ hasText: "Your Microsoft account is linked" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "staff-microsoft");

  // Another browser: Microsoft, then the portal's own second factor, always.
  const fresh = await newPage();
  await microsoftSignIn(fresh, "staff-abel");
  await expect(fresh).toHaveURL(/\/staff\/sign-in\/second-factor$/);
  // A code works once: wait for the authenticator's next step after the one the password sign-in used.
  const wait = (usedStep + 1) * 30_000 - Date.now() + 500;
  if (wait > 0) await fresh.waitForTimeout(wait);
  await fresh.getByLabel("Security code").fill(staffCode(approver.totpSecret!));
  await fresh.getByRole("button", { name: "Continue" }).click();
  await expect(fresh).toHaveURL(/\/staff$/);
  await expect(fresh.getByRole("navigation", { name: "Staff console" })).toContainText("Abel Approver");

  // A Microsoft account of another tenant, and an agency one nobody linked, open nothing.
  const outsider = await newPage();
  await microsoftSignIn(outsider, "outsider-staff");
  await expect(outsider).toHaveURL(/\/staff\/sign-in\?error=microsoft-tenant$/);
  await expect(outsider.getByRole("alert").filter({ hasText: "not from the agency's organisation" })).toBeVisible();
  await axe(outsider);
  await shootAtBothWidths(outsider, "staff-sign-in-microsoft-refused");
  const stranger = await newPage();
  await microsoftSignIn(stranger, "staff-nobody-linked");
  await expect(stranger).toHaveURL(/\/staff\/sign-in\?error=microsoft-unlinked$/);
  await expect(stranger.getByRole("alert").filter({ hasText: "No staff account is linked" })).toBeVisible();
});
