import type { Page } from "@playwright/test";

export type SearchFields = { last?: string; first?: string; id?: string; status?: string };

/** Public Search (/search): the form, its results table and pages. */
export class PublicSearchPage {
  constructor(readonly page: Page) {}

  /** Fills the given fields of an empty form and searches; waits for the results' address. */
  async search(fields: SearchFields) {
    const page = this.page;
    await page.goto("/search");
    if (fields.last !== undefined) await page.getByLabel("Last Name").fill(fields.last);
    if (fields.first !== undefined) await page.getByLabel("First Name (optional)").fill(fields.first);
    if (fields.id !== undefined) await page.getByLabel("Certificate number or educator ID (optional)").fill(fields.id);
    if (fields.status !== undefined) await page.getByLabel("Credential status").selectOption({ label: fields.status });
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?/);
  }

  readonly results = () => this.page.getByRole("table", { name: /Educators matching your search/ });
  /** The linked name in each result row. */
  readonly resultNames = () => this.results().locator("tbody th[scope=row] a");

  /** The public educator ID of the first person a last-name search lists. */
  async firstPublicId(last: string): Promise<string> {
    await this.page.goto(`/search?last=${encodeURIComponent(last)}`);
    return (await this.page.getByRole("table", { name: /Educators matching/ }).locator("tbody td.font-mono").first().textContent())!.trim();
  }
}

/** An educator's public page (/search/<educator ID>). */
export class EducatorPage {
  constructor(readonly page: Page) {}

  /** Opens the page of the first person a name search lists. */
  async open(last: string, first: string) {
    await this.page.goto(`/search?last=${encodeURIComponent(last)}&first=${encodeURIComponent(first)}`);
    await this.page.getByRole("table", { name: /Educators matching/ }).locator("tbody th a").first().click();
    await this.page.waitForURL(/\/search\/[0-9A-Z]{10}$/);
  }

  /** "Verified against the agency's records on …" with the page's own link. */
  readonly stamp = () => this.page.getByTestId("verification");
}

/** Bulk verification (/search/bulk). */
export class BulkPage {
  constructor(readonly page: Page) {}

  /** Opens the page and checks `csv` as an uploaded staff.csv. */
  async upload(csv: string) {
    await this.page.goto("/search/bulk");
    await this.page.getByLabel("CSV file").setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await this.page.getByRole("button", { name: "Check the file" }).click();
  }
}
