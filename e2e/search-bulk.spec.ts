import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { expectNoSsn } from "./support/ssn-forms";

test.describe("bulk verification", () => {
  test("found and unknown numbers on screen and as a CSV download; an SSN is never echoed", async ({ page, axe, publicSearch, bulk }) => {
    const kathleen = await publicSearch.firstPublicId("O'Brien-Walsh");
    await bulk.upload(["Certificate number", "90000012", "90000041", "99999999", kathleen.toLowerCase(), "987-65-4321", "not a number!"].join("\n"));
    const summary = page.getByRole("status").filter({ hasText: "Checked 6 rows" });
    await expect(summary).toHaveText("Checked 6 rows from staff.csv: 3 found, 1 not found, 2 not a certificate number or educator ID.");
    const found = page.getByRole("table", { name: "Found (3)" });
    await expect(found).toContainText("Sarah Elizabeth Mitchell");
    await expect(found).toContainText("Rebecca Jane Park");
    await expect(found).toContainText("Kathleen Marie O'Brien-Walsh");
    await expect(page.getByRole("region", { name: "Not found (1)" })).toContainText("Row 4: 99999999");
    const invalid = page.getByRole("region", { name: "Not a certificate number or educator ID (2)" });
    await expect(invalid).toContainText("Row 6: value not shown");
    await expect(invalid).toContainText("Row 7: not a number!");
    expectNoSsn(await page.content(), "987-65-4321");
    await axe();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^educator-verification-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("row,uploaded_value,result,educator_id,name,certificate_number,credential,area,status,expiration_date,public_disciplinary_action");
    expect(lines.find((line) => line.startsWith("2,"))).toMatch(/^2,90000012,Found,[0-9A-Z]{10},Sarah Elizabeth Mitchell,90000012,.*,Mathematics,Active,\d{4}-\d{2}-\d{2},No$/);
    expect(lines.filter((line) => line.startsWith("5,"))).toHaveLength(1);
    expect(lines).toContain("4,99999999,Not found,,,,,,,,");
    expect(lines).toContain("6,,Not a certificate number or educator ID,,,,,,,,");
    expect(csv).not.toContain("4321");
  });

  test("bad uploads: no file, too many rows, a file with no numbers", async ({ page, axe, bulk }) => {
    await page.goto("/search/bulk");
    await axe();
    await page.getByRole("button", { name: "Check the file" }).click();
    const alert = page.getByRole("alert", { name: "There is a problem" });
    await expect(alert.getByRole("link", { name: "Choose a CSV file to upload" })).toHaveAttribute("href", "#file");
    await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
    await axe();

    await bulk.upload(Array.from({ length: 501 }, (_, i) => String(10_000_000 + i)).join("\n"));
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The file has 501 rows; upload at most 500 at a time");
    await bulk.upload("certificate_number\n\n");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The file has no certificate numbers or educator IDs");
  });
});

test.describe("bulk verification without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the upload works as a plain form post", async ({ page, bulk }) => {
    await bulk.upload("90000031\n99999998\n");
    await expect(page.getByText("Checked 2 rows from staff.csv: 1 found, 1 not found")).toBeVisible();
    await expect(page.getByRole("table", { name: "Found (1)" })).toContainText("Kathleen Marie O'Brien-Walsh");
  });
});
