import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/axe";

async function search(page: Page, fields: { last?: string; first?: string; id?: string; status?: string }) {
  await page.goto("/search");
  if (fields.last !== undefined) await page.getByLabel("Last Name").fill(fields.last);
  if (fields.first !== undefined) await page.getByLabel("First Name (optional)").fill(fields.first);
  if (fields.id !== undefined) await page.getByLabel("Certificate number or educator ID (optional)").fill(fields.id);
  if (fields.status !== undefined) await page.getByLabel("Credential status").selectOption({ label: fields.status });
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\/search\?/);
}

const results = (page: Page) => page.getByRole("table", { name: /Educators matching your search/ });
const resultNames = (page: Page) => results(page).locator("tbody th[scope=row] a");

test.describe("public search", () => {
  test("the empty form: labelled fields, no violations, reflows at 320 px", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1, name: "Public Search" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });

  test("finds a demo person by exact last name; the results have a shareable address", async ({ page }) => {
    await search(page, { last: "Mitchell", first: "Sarah" });
    expect(new URL(page.url()).searchParams.get("last")).toBe("Mitchell");
    await expect(resultNames(page)).toHaveText(["Sarah Elizabeth Mitchell"]);
    const row = results(page).locator("tbody tr").first();
    await expect(row).toContainText("formerly Thompson");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("90000012");
    await expectNoAxeViolations(page);
    // The same address in a fresh page gives the same answer.
    await page.goto(page.url());
    await expect(resultNames(page)).toHaveText(["Sarah Elizabeth Mitchell"]);
  });

  test("ignores case, accents, spaces, hyphens and apostrophes", async ({ page }) => {
    for (const [last, name] of [
      ["mITCHELL", "Sarah Elizabeth Mitchell"],
      ["Nunez", "José Luis Núñez"],
      ["NÚÑEZ", "José Luis Núñez"],
      ["obrien walsh", "Kathleen Marie O'Brien-Walsh"],
      ["O'Brien-Walsh", "Kathleen Marie O'Brien-Walsh"],
    ]) {
      await search(page, { last: last! });
      await expect(resultNames(page)).toContainText([name!]);
    }
  });

  test("a former name finds the person; a former name the record hides finds nothing", async ({ page }) => {
    await search(page, { last: "Thompson", first: "Sarah" });
    await expect(resultNames(page)).toHaveText(["Sarah Elizabeth Mitchell"]);
    await search(page, { last: "Holloway", first: "Rebecca" });
    await expect(page.getByText("No educators match your search.")).toBeVisible();
    await expectNoAxeViolations(page);
    await search(page, { last: "Park", first: "Rebecca" });
    await expect(results(page)).not.toContainText("Holloway");
  });

  test("finds by certificate number alone, and by status filter", async ({ page }) => {
    await search(page, { id: "90000021" });
    await expect(resultNames(page)).toHaveText(["José Luis Núñez"]);
    await search(page, { last: "User", first: "End", status: "Active" });
    await expect(page.getByText("No educators match your search.")).toBeVisible();
    await search(page, { last: "User", first: "End", status: "Expired" });
    await expect(resultNames(page)).toHaveText(["End D User"]);
  });

  test("pages 25 at a time with the total", async ({ page }) => {
    await search(page, { last: "Co" });
    const summary = page.getByText(/educators match\. Showing 1–25\./);
    await expect(summary).toBeVisible();
    const total = Number((await summary.textContent())!.replace(/,/g, "").match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(25);
    await expect(resultNames(page)).toHaveCount(25);
    const firstPage = await resultNames(page).allTextContents();
    const pages = page.getByRole("navigation", { name: "Results pages" });
    await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(new RegExp(`^${total} educators match\\. Showing 26–`))).toBeVisible();
    expect(await resultNames(page).allTextContents()).not.toEqual(firstPage);
    await expectNoAxeViolations(page);
  });

  test("bad input: an error summary linked to each field, typed values kept, an SSN never echoed", async ({ page }) => {
    await search(page, { last: "" });
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: "Enter a last name, or a certificate number or educator ID" })).toHaveAttribute("href", "#last");
    await expectNoAxeViolations(page);

    await search(page, { last: "a", first: "Sa" });
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter at least 2 letters of the last name");
    await expect(page.getByLabel("First Name (optional)")).toHaveValue("Sa");
    await expect(page.getByLabel("Last Name")).toHaveAttribute("aria-invalid", "true");

    await search(page, { id: "987-65-4321" });
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Never enter a Social Security number here");
    await expect(page.getByLabel("Certificate number or educator ID (optional)")).toHaveValue("");
    expect(await page.locator("main").innerHTML()).not.toContain("987-65-4321");
    await expectNoAxeViolations(page);
  });
});

test.describe("public search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same search, its pages and the educator page work as plain HTML", async ({ page }) => {
    await search(page, { last: "Nunez", first: "jo" });
    await expect(resultNames(page)).toHaveText(["José Luis Núñez"]);
    await resultNames(page).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("José Luis Núñez");
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
    await search(page, { last: "Co" });
    await page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(resultNames(page).first()).toBeVisible();
    // No axe here: it runs as page script, which this context forbids; these pages are scanned above.
  });
});
