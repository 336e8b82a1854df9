import { expect, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";

test.describe("an educator's public page", () => {
  test("every credential with its details, the verification stamp and its own link", async ({ page, axe, educator }) => {
    await educator.open("Mitchell", "Sarah");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sarah Elizabeth Mitchell");
    await expect(page.getByText("Formerly Thompson")).toBeVisible();
    const credentials = page.getByRole("region", { name: "Credentials" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(credentials).toHaveCount(2);
    await expect(credentials.first()).toContainText("Professional Certificate for Teaching Middle Grades — Mathematics");
    await expect(credentials.first()).toContainText("Active");
    await expect(credentials.first()).toContainText("Rank II");
    await expect(credentials.first()).toContainText("5–9");
    await expect(credentials.nth(1)).toContainText("Expired");
    const stamp = educator.stamp();
    await expect(stamp).toContainText(/Verified against the agency’s records on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}/);
    await expect(stamp.getByRole("link")).toHaveAttribute("href", page.url());
    await expect(page.getByText("No public disciplinary actions are on record.")).toBeVisible();
    await axe();
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });

  test("public disciplinary actions and endorsements are shown", async ({ page, axe, educator }) => {
    await educator.open("Caldwell", "Margaret");
    const actions = page.getByRole("region", { name: "Public disciplinary actions" });
    await expect(actions).toContainText("Suspension on");
    await expect(actions).toContainText("breach of state testing security");
    await axe();
    await educator.open("Núñez", "José");
    await expect(page.getByRole("region", { name: "Credentials" })).toContainText("English as a Second Language (since");
  });

  test("print view: the record, the stamp and the link, without the site's controls", async ({ page, axe, educator }) => {
    await educator.open("O'Brien-Walsh", "Kathleen");
    await expect(page.getByRole("button", { name: "Print this page" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Back to Public Search" })).toBeHidden();
    await expect(educator.stamp()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kathleen Marie O'Brien-Walsh");
    await axe();
    await page.screenshot({ path: "test-results/educator-print.png", fullPage: true });
  });

  test("an ID typed loosely lands on the one canonical address; an unknown ID is a 404", async ({ page, axe, educator }) => {
    await educator.open("User", "End");
    const publicId = page.url().split("/").pop()!;
    await page.goto(`/search/${publicId.toLowerCase()}`);
    await expect(page).toHaveURL(new RegExp(`/search/${publicId}$`));
    const missing = await page.goto("/search/ZZZZZZZZZZ");
    expect(missing?.status()).toBe(404);
    await axe();
  });
});
