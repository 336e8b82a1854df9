import { expect, type Page } from "@playwright/test";

/** The home page's sign-in box, and the signed-in top bar's account menu. */
export class HomePage {
  constructor(readonly page: Page) {}

  readonly signInBox = () => this.page.getByRole("region", { name: "Sign In" });

  /** Fills the sign-in box on the page as it is (the home page, or /link-microsoft) and presses "Login". */
  async submitSignIn(username: string, password: string) {
    await this.page.getByLabel("Username").fill(username);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Login", exact: true }).click();
  }

  /** Opens the home page (or `path`, say "/?next=…") and signs in through its box. */
  async signIn(username: string, password: string, path = "/") {
    await this.page.goto(path);
    await this.submitSignIn(username, password);
  }

  /** The error summary's text after a refused sign-in. */
  async signInError() {
    const summary = this.page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeVisible();
    return (await summary.innerText()).replace(/\s+/g, " ").trim();
  }

  /** "Login with Microsoft" from the home page (the issuer's login follows: MicrosoftLogin). */
  async startMicrosoftSignIn() {
    await this.page.goto("/");
    await this.page.getByRole("button", { name: "Login with Microsoft" }).click();
  }

  /** Signs out as a person does: the name menu in the signed-in top bar, then "Sign out" (a POST). */
  async signOutFromMenu() {
    await this.page.getByRole("navigation", { name: "Account" }).locator("summary").click();
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL(/\/\?notice=signed-out$/);
  }
}

/** Whether the browser's session cookie names a live session (asked of Auth.js, not the page): the user id or null. */
export async function sessionUser(page: Page): Promise<string | null> {
  const response = await page.request.get("/api/auth/session");
  const body = await response.json().catch(() => null);
  return body?.user?.id ?? null;
}
