import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts } from "../lib/tooling/seed/demo-accounts";
import { expectNoAxeViolations } from "./support/axe";
import { latestEmailTo } from "./support/mailbox";
import { issuerPort, startIssuer, type Issuer } from "./support/oidc-issuer";
import { sessionUser } from "./support/sign-in";
import { signInAs } from "./support/sign-in-as";
import { startVariantServer, type VariantServer } from "./support/variant-server";

/**
 * Linking and unlinking a Microsoft account from the profile, against the local OpenID Connect
 * issuer. A variant server (its own database) keeps the main server's demo accounts unlinked.
 */
let variant: VariantServer;
let issuer: Issuer;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  variant = await startVariantServer({ E2E_OIDC_PORT: String(issuerPort()) });
  issuer = await startIssuer(variant.baseURL);
});
test.afterAll(async () => {
  await issuer?.close();
  await variant?.stop();
});

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: variant.baseURL })).newPage();
  await signInAs(page, username);
  await page.goto("/profile");
  return page;
}

/** The issuer's development login screen and consent, as a person goes through them. */
async function microsoftLogin(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${issuer.url}/interaction/`));
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

const panelOf = (page: Page) => page.getByRole("region", { name: "Microsoft account" });

test("link from the profile, sign in with it, refuse it for another account, then unlink", async ({ browser }) => {
  const margaret = demoAccounts.find((demo) => demo.username === "mcaldwell")!;
  const page = await signedInPage(browser, margaret.username);
  const me = await sessionUser(page);
  await expect(panelOf(page)).toContainText("No Microsoft account is linked.");
  await expectNoAxeViolations(page);

  await panelOf(page).getByRole("button", { name: "Link Microsoft account" }).click();
  await microsoftLogin(page, "profile-teacher");
  await expect(page).toHaveURL(/\/profile\?microsoft=linked$/);
  await expect(panelOf(page).getByRole("status").filter({ hasText: "Your Microsoft account is now linked." })).toBeVisible();
  await expect(panelOf(page)).toContainText("A Microsoft account is linked to your account");
  expect(await sessionUser(page), "the same session, not a new sign-in").toBe(me);
  await expectNoAxeViolations(page);
  expect((await latestEmailTo(page, margaret.email)).subject).toBe("A Microsoft account was linked to your account");

  // The linked identity now signs in to Margaret's account from a fresh browser.
  const fresh = await (await browser.newContext({ baseURL: variant.baseURL })).newPage();
  await fresh.goto("/");
  await fresh.getByRole("button", { name: "Login with Microsoft" }).click();
  await microsoftLogin(fresh, "profile-teacher");
  await expect(fresh).toHaveURL(/\/dashboard$/);
  expect(await sessionUser(fresh)).toBe(me);

  // Another account cannot take the same identity (it is not moved, and the person is told why).
  const brandon = await signedInPage(browser, "bwhitaker");
  await panelOf(brandon).getByRole("button", { name: "Link Microsoft account" }).click();
  await microsoftLogin(brandon, "profile-teacher");
  await expect(brandon).toHaveURL(/\/profile\?microsoft=linked-elsewhere$/);
  await expect(panelOf(brandon).getByRole("alert").filter({ hasText: "already linked to another portal account, so it was not linked to yours" })).toBeVisible();
  await expect(panelOf(brandon)).toContainText("No Microsoft account is linked.");
  await expectNoAxeViolations(brandon);

  await page.goto("/profile");
  await panelOf(page).getByRole("button", { name: "Unlink Microsoft account" }).click();
  await expect(page).toHaveURL(/\/profile\?microsoft=unlinked$/);
  await expect(panelOf(page).getByRole("status").filter({ hasText: "Your Microsoft account has been unlinked." })).toBeVisible();
  await expect(panelOf(page)).toContainText("No Microsoft account is linked.");
  await expectNoAxeViolations(page);
  expect((await latestEmailTo(page, margaret.email)).subject).toBe("A Microsoft account was unlinked from your account");
});

test("a signed-in person's Microsoft sign-in without the profile's link intent links nothing (Auth.js never auto-links)", async ({ browser }) => {
  const page = await signedInPage(browser, "praman");
  const me = await sessionUser(page);
  // Auth.js's own sign-in endpoint, as a crafted request could call it: no link intent in this browser.
  // (Sent by the context's request client: the page's CSP form-action would stop a form's redirect.)
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const started = await page.request.post("/api/auth/signin/microsoft-entra-id", { form: { csrfToken, callbackUrl: "/profile" }, maxRedirects: 0 });
  expect(started.status()).toBe(302);
  await page.goto(started.headers().location!);
  await microsoftLogin(page, "unlinked-teacher");
  await expect(page).toHaveURL(/\/link-microsoft$/);
  expect(await sessionUser(page)).toBe(me);
  await page.goto("/profile");
  await expect(panelOf(page)).toContainText("No Microsoft account is linked.");
});
