import { expect, type Page } from "@playwright/test";

/** Fills the home page's sign-in box and presses "Login". */
export async function signInWith(page: Page, username: string, password: string) {
  await page.goto("/");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Login", exact: true }).click();
}

/** The error summary's text after a refused sign-in. */
export async function signInError(page: Page) {
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  return (await summary.innerText()).replace(/\s+/g, " ").trim();
}

/** Whether the browser's session cookie names a live session (asked of Auth.js, not the page). */
export async function sessionUser(page: Page): Promise<string | null> {
  const response = await page.request.get("/api/auth/session");
  const body = await response.json().catch(() => null);
  return body?.user?.id ?? null;
}

/** Signs out as a person does: the name menu in the signed-in top bar, then "Sign out" (a POST). */
export async function signOutFromMenu(page: Page) {
  await page.getByRole("navigation", { name: "Account" }).locator("summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/\?notice=signed-out$/);
}
