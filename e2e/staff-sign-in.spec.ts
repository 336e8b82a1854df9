import { expect, test } from "./fixtures";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";
import { shootAtBothWidths } from "./support/screenshots";
import { signInAsStaff, staffCode, staffPasswordStep } from "./support/staff";
import { demoStaffMember } from "../lib/tooling/seed/demo-staff";

/**
 * The console's way in (issue 15 item 1, issue 14 "Done when": a staff account without a factor
 * reaches no /staff page except enrolment). Staff sign in with email and password, then always a
 * second factor; an educator's session opens nothing under /staff.
 */
test.describe.configure({ timeout: 180_000 });

test("staff sign-in: wrong password, second step, roles in the navigation, role refusal, sign out; an educator's session never reaches /staff", async ({ page, signInAs, newPage }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Staff sign in" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);

  const reviewer = demoStaffMember("reviewer");
  await staffPasswordStep(page, reviewer.email, "Not-The-Password-999!");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("The email address or password is not right");
  await expect(page.getByLabel("Work email address")).toHaveValue(reviewer.email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  // Before the code, the console is out of reach.
  await staffPasswordStep(page, reviewer.email, reviewer.password);
  await expect(page).toHaveURL(/\/staff\/sign-in\/second-factor$/);
  await expectNoAxeViolationsAtBothWidths(page);
  await page.goto("/staff/denied");
  await expect(page).toHaveURL(/\/staff\/sign-in\/second-factor$/);
  await page.getByLabel("Security code").fill("000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#code-error")).toContainText("That code is not right");
  await page.getByRole("button", { name: "Cancel and sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?notice=signed-out$/);

  await signInAsStaff(page, "reviewer");
  await expect(page.getByRole("heading", { name: "Staff console" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Staff console" });
  await expect(nav.getByRole("link", { name: "Applications" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Staff accounts" })).toHaveCount(0);
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "staff-home");
  await page.goto("/staff/accounts");
  await expect(page).toHaveURL(/\/staff\/denied$/);
  await expect(page.getByRole("heading", { name: "That page is not part of your role" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?notice=signed-out$/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in$/);

  // An educator's session is not a staff session.
  const educatorPage = await newPage();
  await signInAs("mcaldwell", educatorPage);
  await educatorPage.goto("/staff");
  await expect(educatorPage).toHaveURL(/\/staff\/sign-in$/);
  await educatorPage.goto("/staff/records");
  await expect(educatorPage).toHaveURL(/\/staff\/sign-in$/);
});

test("issue 14: a staff member without a factor reaches only enrolment; the first code opens the console and recovery codes are shown once", async ({ page }) => {
  const newcomer = demoStaffMember("newcomer");
  await staffPasswordStep(page, newcomer.email, newcomer.password);
  await expect(page).toHaveURL(/\/staff\/enrol$/);
  for (const path of ["/staff", "/staff/denied", "/staff/sign-in/second-factor"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/staff\/enrol$/);
  }
  await expect(page.getByRole("img", { name: "QR code to add the staff console to your authenticator app" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "staff-enrol");
  await page.getByLabel("Code from your app").fill("000000");
  await page.getByRole("button", { name: "Turn on and continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("That code is not right");
  const key = (await page.getByTestId("authenticator-key").innerText()).replace(/\s/g, "");
  await page.getByLabel("Code from your app").fill(staffCode(key));
  await page.getByRole("button", { name: "Turn on and continue" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await expectNoAxeViolationsAtBothWidths(page);
  await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("navigation", { name: "Staff console" }).getByRole("link", { name: "Requests" })).toBeVisible();
});
