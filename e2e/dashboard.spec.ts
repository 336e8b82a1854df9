import { expect, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";

test.describe("dashboard", () => {
  test("an established account sees announcements, credentials in every status and its feed", async ({ page, axe, signInAs }) => {
    await signInAs("mcaldwell");
    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Account" });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Profile" })).not.toHaveAttribute("aria-current", "page");

    const announcements = page.getByRole("region", { name: "Announcements" });
    await expect(announcements.getByRole("heading", { name: "Renewal season is open" })).toBeVisible();
    await expect(announcements).not.toContainText("(ended)");

    const credentials = page.getByRole("region", { name: "Credentials" });
    await expect(credentials).not.toContainText("You do not have any active credentials.");
    for (const [number, status] of <[string, string][]>[["90000101", "Active"], ["90000103", "Expired"], ["90000105", "Suspended"], ["90000106", "Surrendered"]]) {
      const item = credentials.getByRole("listitem").filter({ hasText: number });
      await expect(item).toContainText(status);
    }
    await expect(credentials.getByRole("listitem").filter({ hasText: "90000101" })).toContainText("Mathematics");
    await expect(credentials).not.toContainText("Expires within 90 days");

    const feed = page.getByRole("region", { name: "Activity Feed" });
    await expect(feed.getByRole("listitem").first()).toBeVisible();
    await axe();

    await page.getByText("Margaret", { exact: false }).first().click();
    await expect(nav.getByRole("link", { name: "Profile" }).last()).toBeVisible();
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
    await axe();

    await feed.getByRole("link", { name: "View All Notifications" }).click();
    await expect(page).toHaveURL(/\/notifications$/);
  });

  test("a credential expiring within 90 days is highlighted", async ({ page, signInAs }) => {
    await signInAs("bwhitaker");
    await page.goto("/dashboard");
    const item = page.getByRole("region", { name: "Credentials" }).getByRole("listitem").filter({ hasText: "90000112" });
    await expect(item).toContainText("Expires within 90 days.");
    await expect(page.getByRole("region", { name: "Credentials" }).getByRole("listitem").filter({ hasText: "90000111" })).not.toContainText("Expires within 90 days");
  });

  test("without active credentials: the guide's words and the way to /apply", async ({ page, axe, signInAs }) => {
    await signInAs("praman");
    await page.goto("/dashboard");
    const credentials = page.getByRole("region", { name: "Credentials" });
    await expect(credentials.getByRole("paragraph")).toHaveText("You do not have any active credentials. Apply for a credential.");
    await credentials.getByRole("link", { name: "Apply for a credential." }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apply for a credential");
    // Issue 13: without a certificate, initial certification is offered and renewal says why not.
    // Start, or Continue when e2e/applications.spec.ts's no-JavaScript journey left her a draft.
    await expect(page.getByRole("link", { name: /^(Start an application|Continue your application) for Initial certification$/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Renew a certificate" })).toBeVisible();
    await expect(page.getByText(/None of your certificates is due for renewal/)).toBeVisible();
    await axe();
  });

  test("quick links filter as one types", async ({ page, axe, signInAs }) => {
    await signInAs("praman");
    await page.goto("/dashboard");
    const panel = page.getByRole("region", { name: "Quick Links" });
    for (const name of ["Profile", "Public Search", "Online Support Form", "Change password", "Notifications"]) {
      await expect(panel.getByRole("link", { name })).toBeVisible();
    }
    await panel.getByLabel("Search quick links").pressSequentially("supp");
    await expect(panel.getByRole("link")).toHaveText(["Online Support Form"]);
    await panel.getByLabel("Search quick links").fill("zzz");
    await expect(panel).toContainText("No quick links match “zzz”.");
    await axe();
  });

  test("320 px: panels and the open menu reflow with no accessibility violations", async ({ page, axe, signInAs }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await signInAs("mcaldwell");
    for (const path of ["/dashboard", "/notifications", "/apply"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
      await axe();
    }
    await page.goto("/dashboard");
    await page.getByText("Margaret", { exact: false }).first().click();
    await axe();
  });
});

test.describe("dashboard without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("quick links are a plain list", async ({ page, signInAs }) => {
    await signInAs("praman");
    await page.goto("/dashboard");
    const panel = page.getByRole("region", { name: "Quick Links" });
    await expect(panel.getByRole("link", { name: "Online Support Form" })).toBeVisible();
    await expect(panel.getByLabel("Search quick links")).toHaveCount(0);
  });
});

test.describe("notifications", () => {
  test("newest first with unread marked; Mark all as read clears them and the count", async ({ page, axe, signInAs }) => {
    await signInAs("mcaldwell");
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
    const nav = page.getByRole("navigation", { name: "Account" });
    await expect(nav.getByRole("link", { name: /^Notifications [1-9]\d* unread$/ })).toBeVisible();
    await expect(page.getByRole("main").getByText("Unread", { exact: true }).first()).toBeVisible();
    await axe();

    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByRole("main").getByText("Unread", { exact: true })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Notifications 0 unread" })).toBeVisible();
  });

  test("a signed-out visitor is sent to sign in", async ({ page }) => {
    await page.goto("/notifications");
    await expect(page).toHaveURL(/\/\?signin=required$/);
  });
});
