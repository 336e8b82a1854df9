import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/axe";
import { signInAs } from "./support/sign-in-as";

test.describe("profile", () => {
  test("record details with the SSN masked, Profile marked current", async ({ page }) => {
    await signInAs(page, "mcaldwell");
    await page.goto("/profile");
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Profile" }).first()).toHaveAttribute("aria-current", "page");
    const record = page.getByRole("region", { name: "Your educator record" });
    await expect(record).toContainText("Margaret Ann Caldwell");
    await expect(record).toContainText("08/19/1976");
    await expect(record).toContainText("***-**-2201");
    await expect(page.locator("body")).not.toContainText("987302201");
    await expect(page.locator("body")).not.toContainText("987-30-2201");
    await expectNoAxeViolations(page);
  });

  test("a name change request shows its status, in the feed and on /notifications", async ({ page }) => {
    await signInAs(page, "bwhitaker");
    await page.goto("/profile");
    const panel = page.getByRole("region", { name: "Request a name change" });
    await panel.getByRole("button", { name: "Request a name change" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: "Enter your new first name" })).toBeVisible();
    await expectNoAxeViolations(page);

    await panel.getByLabel("New first name").fill("Brandon");
    await panel.getByLabel("New last name").fill("Whitaker-Lee");
    await panel.getByLabel("Why did your name change?").fill("Marriage");
    await panel.getByRole("button", { name: "Request a name change" }).click();
    const status = panel.getByRole("status").filter({ hasText: "Brandon Whitaker-Lee" });
    await expect(status).toContainText("Waiting for review");
    await expect(panel.getByRole("button", { name: "Request a name change" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Activity Feed" })).toContainText("Name change request received");
    await page.goto("/notifications");
    await expect(page.getByRole("main")).toContainText("Name change request received");
  });

  test("contact details: a partial address is refused field by field, a whole one is saved", async ({ page }) => {
    await signInAs(page, "praman");
    await page.goto("/profile");
    const panel = page.getByRole("region", { name: "Contact details" });
    await panel.getByLabel("Phone number").fill("(502) 555-0142");
    await panel.getByLabel("Address line 1").fill("300 Sower Blvd");
    await panel.getByRole("button", { name: "Save contact details" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Enter your town or city" })).toBeVisible();
    await expect(panel.getByLabel("Address line 1")).toHaveValue("300 Sower Blvd");
    await expectNoAxeViolations(page);

    await panel.getByLabel("Town or city").fill("Frankfort");
    await panel.getByLabel("State").fill("KY");
    await panel.getByLabel("ZIP code").fill("40601");
    await panel.getByRole("button", { name: "Save contact details" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Your contact details have been saved." })).toBeVisible();
    await page.reload();
    await expect(panel.getByLabel("Town or city")).toHaveValue("Frankfort");
  });

  test("320 px with no accessibility violations", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await signInAs(page, "praman");
    await page.goto("/profile");
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
