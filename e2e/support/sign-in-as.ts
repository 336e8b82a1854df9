import { expect, type Page } from "@playwright/test";
import { demoAccounts } from "../../lib/tooling/seed/demo-accounts";

/**
 * Signs the page's browser context in as a demo account through Auth.js's own credentials endpoint
 * (CSRF token first, as a browser form would). The home page's sign-in box is the people's way in;
 * this is the shortcut for tests about what comes after.
 */
export async function signInAs(page: Page, username: string) {
  const account = demoAccounts.find((entry) => entry.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: account.username, password: account.password, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in redirect").toBe(302);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { id?: string } } | null;
  expect(session?.user?.id, "signed in").toBeTruthy();
}
