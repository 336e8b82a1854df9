import { expect, test } from "./fixtures";

// The e2e server runs with EMAIL_TRANSPORT=mailbox. Flows that send mail (registration, recovery)
// read it with the `mailbox` fixture (e2e/pages/mailbox.ts); this spec covers the mailbox pages themselves.
test.describe("dev mailbox", () => {
  test("shows the empty state, filters by recipient with a labelled form, and passes axe", async ({ page, axe }) => {
    const response = await page.goto("/dev/mailbox");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Mailbox" })).toBeVisible();
    await axe();

    const address = `nobody-${Date.now()}@example.org`;
    await page.getByLabel("Recipient email address").fill(address);
    await page.getByRole("button", { name: "Show messages" }).click();
    await expect(page).toHaveURL(new RegExp(`/dev/mailbox\\?to=${encodeURIComponent(address).replace(/\./g, "\\.")}`));
    await expect(page.getByRole("status")).toHaveText(`No messages to ${address}.`);
    await expect(page.getByLabel("Recipient email address")).toHaveValue(address);
    await axe();
    await page.getByRole("link", { name: "Show all messages" }).click();
    await expect(page).toHaveURL(/\/dev\/mailbox$/);
  });

  test("an unknown or malformed message id is a plain 404", async ({ page }) => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await page.goto(`/dev/mailbox/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
  });
});
