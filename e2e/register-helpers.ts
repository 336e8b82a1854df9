import { expect, type Page } from "@playwright/test";

/**
 * Registration helpers for e2e specs: the real ALTCHA widget is ticked and solved in the browser,
 * exactly as a person would do it. Screenshots go to E2E_SCREENSHOTS_DIR when it is set.
 */
export async function passCaptcha(page: Page) {
  // The widget draws its own tick over the native checkbox, so the click goes to the box itself.
  await page.getByRole("checkbox", { name: "I'm not a robot" }).click({ force: true });
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 45_000 });
}

export async function fillSearch(page: Page, person: { first: string; last: string; lastFour: string; dob: string }) {
  await page.getByLabel("First Name").fill(person.first);
  await page.getByLabel("Last Name").fill(person.last);
  await page.getByLabel("Last Four SSN").fill(person.lastFour);
  await page.getByLabel("Date of Birth").fill(person.dob);
}

export async function search(page: Page, person: { first: string; last: string; lastFour: string; dob: string }) {
  await page.goto("/register");
  await fillSearch(page, person);
  await passCaptcha(page);
  await page.getByRole("button", { name: "Search" }).click();
}

export async function fillAccount(page: Page, account: { username: string; email: string; password: string; confirm?: string }) {
  await page.getByLabel("Username").fill(account.username);
  await page.getByLabel("Email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator("#confirmPassword").fill(account.confirm ?? account.password);
}

/** The create-account page's Personal Information. */
export async function fillPerson(page: Page, person: { first: string; last: string; dob: string; ssn: string }) {
  await page.getByLabel("First Name").fill(person.first);
  await page.getByLabel("Last Name").fill(person.last);
  await page.getByLabel("Date of Birth").fill(person.dob);
  await page.getByLabel("Social Security Number").fill(person.ssn);
}

export async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS_DIR;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}-${page.viewportSize()?.width ?? 0}.png`, fullPage: true });
}
