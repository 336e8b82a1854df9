import type { Page } from "@playwright/test";
import { demoAccount, expect, test } from "./fixtures";
import { HomePage } from "./pages/home";
import { Mailbox } from "./pages/mailbox";
import { shootAtBothWidths } from "./support/screenshots";
import { expectNoSsn } from "./support/ssn-forms";
import { signInAsStaff } from "./support/staff";

/**
 * Issue 15, the third "Done when", and the records part of the console: a staff SSN search without a
 * reason is refused (summary + message by the field); with one it shows ***-**-4321 (End D User, the
 * registration guide's person) and the audit page shows who searched, whose record and why. Then a
 * record page: the audited reveal, disabling and re-enabling praman's account (refused at sign-in
 * meanwhile), and a public disciplinary action that the public educator page shows. Axe on each page.
 */
const endUserSsn = "987-65-4321";
const confirmationSubject = "Confirm your email address";

async function findByName(page: Page, last: string, first: string) {
  await page.goto("/staff/records");
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("First name (optional)").fill(first);
  await page.getByRole("button", { name: "Find records" }).click();
}

test("records staff: SSN search with a reason, the audit log, a record page, disable and re-enable, a public disciplinary action; support resends a confirmation", async ({ page, axe, newPage }) => {
  await signInAsStaff(page, "records");
  await page.goto("/staff/records");
  await expect(page.getByRole("heading", { level: 1, name: "Educator records" })).toBeVisible();
  await axe();
  await shootAtBothWidths(page, "staff-records-search");

  // No reason: refused beside the field and in the summary; nothing looked up, the SSN not kept.
  const ssnForm = page.getByRole("form", { name: "Search by Social Security number" });
  const ssnInput = ssnForm.locator("#ssn");
  await ssnInput.fill(endUserSsn);
  await ssnForm.getByRole("button", { name: "Search by SSN" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: /Enter the reason for this/ })).toBeVisible();
  await expect(ssnForm.locator("#reason-error")).toContainText("Enter the reason for this");
  await expect(ssnInput).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Found" })).toHaveCount(0);
  await axe();

  // With a reason: the record, the last four only.
  await ssnInput.fill(endUserSsn);
  await ssnForm.getByLabel("Reason for this search").fill("Caller on support line asked which record holds their number");
  await ssnForm.getByRole("button", { name: "Search by SSN" }).click();
  const found = page.getByRole("status").filter({ hasText: "Found" });
  await expect(found).toContainText("End D User");
  await expect(found).toContainText("***-**-4321");
  expectNoSsn(await page.locator("body").innerText(), endUserSsn, "the SSN search's answer");
  await shootAtBothWidths(page, "staff-records-ssn-found");

  // The audit log: who looked at whose SSN, when, why.
  await page.goto("/staff/audit?event=staff.ssn");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Searched by full SSN" }).first();
  await expect(row).toContainText("Rita Records");
  await expect(row).toContainText("Caller on support line asked which record holds their number");
  await expect(row).toContainText(/Educator End User \([0-9A-Z]{10}\)/);
  await expect(page.locator("body")).not.toContainText("4321");
  await axe();
  await shootAtBothWidths(page, "staff-audit-log");

  // A record page by name: masked, then revealed once (audited).
  await findByName(page, "User", "End");
  await shootAtBothWidths(page, "staff-records-results");
  await page.getByRole("link", { name: "End D User" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "End D User" })).toBeVisible();
  await expect(page.getByText("***-**-4321")).toBeVisible();
  await axe();
  await shootAtBothWidths(page, "staff-record-page");
  await page.getByRole("button", { name: "Reveal SSN" }).click();
  await expect(page.getByTestId("revealed-ssn")).toHaveText(endUserSsn);
  await page.goto("/staff/audit?event=staff.ssn-reveal");
  await expect(page.getByRole("row").filter({ hasText: "Revealed the full SSN" }).first()).toContainText("Rita Records");

  // Disable praman's account: the right password no longer signs in; re-enabled, it does.
  const praman = demoAccount("praman");
  await findByName(page, "Raman", "Priya");
  await page.getByRole("link", { name: /Priya .*Raman/ }).click();
  await expect(page.getByText(praman.username, { exact: true })).toBeVisible();
  await shootAtBothWidths(page, "staff-record-with-account");
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByText("The account was disabled and its sessions ended.")).toBeVisible();
  await expect(page.getByText(/^Yes, since/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Re-enable account" })).toBeVisible();
  await axe();
  const educator = new HomePage(await newPage());
  await educator.signIn(praman.username, praman.password);
  expect(await educator.signInError()).toContain("This account has been disabled");
  await page.getByRole("button", { name: "Re-enable account" }).click();
  await expect(page.getByText("The account was re-enabled.")).toBeVisible();
  await educator.signIn(praman.username, praman.password);
  await expect(educator.page).toHaveURL(/\/dashboard/);

  // A public disciplinary action: on the public educator page at once.
  const publicId = (await page.locator("dt:has-text('Educator ID') + dd").first().innerText()).trim();
  await page.getByText("Add a public disciplinary action").click();
  const discipline = page.getByRole("form", { name: "Add disciplinary action" });
  await discipline.getByRole("button", { name: "Add disciplinary action" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter a summary of the action");
  await axe();
  await discipline.getByLabel("Kind of action").selectOption("reprimand");
  await discipline.getByLabel("Date of the action").fill("03/04/2026");
  await discipline.getByLabel("Public summary").fill("Reprimand for failing to report a change of address.");
  await discipline.getByRole("button", { name: "Add disciplinary action" }).click();
  await expect(page.getByText("The disciplinary action was added to the public record.")).toBeVisible();
  await page.goto(`/search/${publicId}`);
  await expect(page.getByText("Reprimand for failing to report a change of address.")).toBeVisible();

  // Support: account help only (no reveal, no corrections); a new confirmation link goes through the outbox.
  const support = await newPage();
  await signInAsStaff(support, "support");
  await findByName(support, "Raman", "Priya");
  await support.getByRole("link", { name: /Priya .*Raman/ }).click();
  await expect(support.getByText("***-**-")).toBeVisible();
  await expect(support.getByRole("button", { name: "Reveal SSN" })).toHaveCount(0);
  await expect(support.getByRole("heading", { name: "Correct the record" })).toHaveCount(0);
  await axe(support);
  await support.getByRole("button", { name: "Resend confirmation email" }).click();
  await expect(support.getByText("A new confirmation email was sent to the account's address.")).toBeVisible();
  expect((await new Mailbox(support).latestTo(praman.email, 15_000, confirmationSubject)).subject).toBe(confirmationSubject);
});
