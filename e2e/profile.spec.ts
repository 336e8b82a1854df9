import { expect, test } from "./fixtures";
import { expectNoAxeViolationsAtBothWidths, expectNoHorizontalScroll } from "./support/axe";
import { shootAtBothWidths } from "./support/screenshots";
import { expectNoSsn } from "./support/ssn-forms";

test.describe("profile", () => {
  test("record details with the SSN masked, Profile marked current", async ({ page, axe, signInAs, profile }) => {
    await signInAs("mcaldwell");
    await profile.goto();
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Profile" }).first()).toHaveAttribute("aria-current", "page");
    const record = profile.record();
    await expect(record).toContainText("Margaret Ann Caldwell");
    await expect(record).toContainText("08/19/1976");
    await expect(record).toContainText("***-**-2201");
    expectNoSsn(await page.locator("body").innerText(), "987-30-2201");
    expectNoSsn(await page.content(), "987-30-2201", "the HTML");
    await axe();
  });

  test("a name change request shows its status, in the feed and on /notifications", async ({ page, axe, signInAs, profile }) => {
    await signInAs("bwhitaker");
    await profile.goto();
    const panel = profile.nameChange();
    await panel.getByRole("button", { name: "Request a name change" }).click();
    await expect(profile.problem().getByRole("link", { name: "Enter your new first name" })).toBeVisible();
    await axe();

    await panel.getByLabel("New first name").fill("Brandon");
    await panel.getByLabel("New last name").fill("Whitaker-Lee");
    await panel.getByLabel("Why did your name change?").fill("Marriage");
    await panel.getByRole("button", { name: "Request a name change" }).click();
    const status = panel.getByRole("status").filter({ hasText: "Brandon Whitaker-Lee" });
    await expect(status).toContainText("Waiting for review");
    await expect(panel.getByRole("button", { name: "Request a name change" })).toHaveCount(0);
    await axe();

    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Activity Feed" })).toContainText("Name change request received");
    await page.goto("/notifications");
    await expect(page.getByRole("main")).toContainText("Name change request received");
  });

  test("contact details: a partial address is refused field by field, a whole one is saved", async ({ page, axe, freshAccount, profile }) => {
    await freshAccount();
    await profile.goto();
    const panel = profile.contact();
    await panel.getByLabel("Phone number").fill("(502) 555-0142");
    await panel.getByLabel("Address line 1").fill("300 Sower Blvd");
    await panel.getByRole("button", { name: "Save contact details" }).click();
    const summary = profile.problem();
    await expect(summary.getByRole("link", { name: "Enter your town or city" })).toBeVisible();
    await expect(panel.getByLabel("Address line 1")).toHaveValue("300 Sower Blvd");
    await axe();

    await panel.getByLabel("Town or city").fill("Frankfort");
    await panel.getByLabel("State").fill("KY");
    await panel.getByLabel("ZIP code").fill("40601");
    await panel.getByRole("button", { name: "Save contact details" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Your contact details have been saved." })).toBeVisible();
    await page.reload();
    await expect(panel.getByLabel("Town or city")).toHaveValue("Frankfort");
  });

  test("320 px with no accessibility violations", async ({ page, axe, signInAs, profile }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await signInAs("praman");
    await profile.goto();
    await expectNoHorizontalScroll(page);
    await axe();
  });

  test("links to the public record, keeps email choices, and lists the person's requests (issue 12 item 7)", async ({ page, freshAccount, profile }) => {
    const account = await freshAccount();
    await profile.goto();
    await expect(profile.record()).toContainText(`${account.first} ${account.last}`);

    const publicLink = profile.record().getByRole("link", { name: "See your public record" });
    await expect(publicLink).toHaveAttribute("href", /^\/search\/[0-9A-Z]{10}$/);

    const emails = page.getByRole("region", { name: "Emails we send you" });
    await expect(emails.getByLabel("Renewal reminders")).toBeChecked();
    await emails.getByLabel("Renewal reminders").uncheck();
    await emails.getByRole("button", { name: "Save email choices" }).click();
    await expect(emails.getByRole("status").filter({ hasText: "Your email choices have been saved." })).toBeVisible();
    await profile.goto();
    await expect(emails.getByLabel("Renewal reminders")).not.toBeChecked();
    await expect(emails.getByLabel("Announcements")).toBeChecked();
    await expectNoAxeViolationsAtBothWidths(page);
    await shootAtBothWidths(page, "profile");

    const nameChange = profile.nameChange();
    await nameChange.getByLabel("New first name").fill("Ada");
    await nameChange.getByLabel("New last name").fill("Byron");
    await nameChange.getByLabel("Why did your name change?").fill("Marriage");
    await nameChange.getByRole("button", { name: "Request a name change" }).click();
    await expect(nameChange.getByRole("status").filter({ hasText: "Ada Byron" })).toBeVisible();

    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "My requests" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My requests");
    const row = page.getByRole("listitem").filter({ hasText: "Name change to Ada Byron" });
    await expect(row).toContainText("Waiting for review");
    await expectNoAxeViolationsAtBothWidths(page);
    await shootAtBothWidths(page, "requests");

    await profile.goto();
    await profile.record().getByRole("link", { name: "See your public record" }).click();
    await expect(page).toHaveTitle(new RegExp(`^${account.first} ${account.last}: educator record`));
  });
});
