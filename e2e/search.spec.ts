import { expect, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";
import { expectNoSsn } from "./support/ssn-forms";

test.describe("public search", () => {
  test("the empty form: labelled fields, no violations, reflows at 320 px", async ({ page, axe }) => {
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1, name: "Public Search" })).toBeVisible();
    await axe();
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
  });

  test("finds a demo person by exact last name; the results have a shareable address", async ({ page, axe, publicSearch }) => {
    await publicSearch.search({ last: "Mitchell", first: "Sarah" });
    expect(new URL(page.url()).searchParams.get("last")).toBe("Mitchell");
    await expect(publicSearch.resultNames()).toHaveText(["Sarah Elizabeth Mitchell"]);
    const row = publicSearch.results().locator("tbody tr").first();
    await expect(row).toContainText("formerly Thompson");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("90000012");
    await axe();
    // The same address in a fresh page gives the same answer.
    await page.goto(page.url());
    await expect(publicSearch.resultNames()).toHaveText(["Sarah Elizabeth Mitchell"]);
  });

  test("ignores case, accents, spaces, hyphens and apostrophes", async ({ publicSearch }) => {
    for (const [last, name] of [
      ["mITCHELL", "Sarah Elizabeth Mitchell"],
      ["Nunez", "José Luis Núñez"],
      ["NÚÑEZ", "José Luis Núñez"],
      ["obrien walsh", "Kathleen Marie O'Brien-Walsh"],
      ["O'Brien-Walsh", "Kathleen Marie O'Brien-Walsh"],
    ]) {
      await publicSearch.search({ last: last! });
      await expect(publicSearch.resultNames()).toContainText([name!]);
    }
  });

  test("a former name finds the person; a former name the record hides finds nothing", async ({ page, axe, publicSearch }) => {
    await publicSearch.search({ last: "Thompson", first: "Sarah" });
    await expect(publicSearch.resultNames()).toHaveText(["Sarah Elizabeth Mitchell"]);
    await publicSearch.search({ last: "Holloway", first: "Rebecca" });
    await expect(page.getByText("No educators match your search.")).toBeVisible();
    await axe();
    await publicSearch.search({ last: "Park", first: "Rebecca" });
    await expect(publicSearch.results()).not.toContainText("Holloway");
  });

  test("finds by certificate number alone, and by status filter", async ({ page, publicSearch }) => {
    await publicSearch.search({ id: "90000021" });
    await expect(publicSearch.resultNames()).toHaveText(["José Luis Núñez"]);
    await publicSearch.search({ last: "User", first: "End", status: "Active" });
    await expect(page.getByText("No educators match your search.")).toBeVisible();
    await publicSearch.search({ last: "User", first: "End", status: "Expired" });
    await expect(publicSearch.resultNames()).toHaveText(["End D User"]);
  });

  test("pages 25 at a time with the total", async ({ page, axe, publicSearch }) => {
    await publicSearch.search({ last: "Co" });
    const summary = page.getByText(/educators match\. Showing 1–25\./);
    await expect(summary).toBeVisible();
    const total = Number((await summary.textContent())!.replace(/,/g, "").match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(25);
    await expect(publicSearch.resultNames()).toHaveCount(25);
    const firstPage = await publicSearch.resultNames().allTextContents();
    const pages = page.getByRole("navigation", { name: "Results pages" });
    await expect(pages.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(new RegExp(`^${total} educators match\\. Showing 26–`))).toBeVisible();
    expect(await publicSearch.resultNames().allTextContents()).not.toEqual(firstPage);
    await axe();
  });

  test("bad input: an error summary linked to each field, typed values kept, an SSN never echoed", async ({ page, axe, publicSearch }) => {
    await publicSearch.search({ last: "" });
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: "Enter a last name, or a certificate number or educator ID" })).toHaveAttribute("href", "#last");
    await axe();

    await publicSearch.search({ last: "a", first: "Sa" });
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter at least 2 letters of the last name");
    await expect(page.getByLabel("First Name (optional)")).toHaveValue("Sa");
    await expect(page.getByLabel("Last Name")).toHaveAttribute("aria-invalid", "true");

    await publicSearch.search({ id: "987-65-4321" });
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Never enter a Social Security number here");
    await expect(page.getByLabel("Certificate number or educator ID (optional)")).toHaveValue("");
    expectNoSsn(await page.locator("main").innerHTML(), "987-65-4321");
    await axe();
  });
});

test.describe("public search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same search, its pages and the educator page work as plain HTML", async ({ page, publicSearch }) => {
    await publicSearch.search({ last: "Nunez", first: "jo" });
    await expect(publicSearch.resultNames()).toHaveText(["José Luis Núñez"]);
    await publicSearch.resultNames().first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("José Luis Núñez");
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
    await publicSearch.search({ last: "Co" });
    await page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(publicSearch.resultNames().first()).toBeVisible();
    // No axe here: it runs as page script, which this context forbids; these pages are scanned above.
  });
});
