import type { Page } from "@playwright/test";
import { expect, onVariantServer, test } from "./fixtures";
import { HomePage, sessionUser } from "./pages/home";
import { MicrosoftLogin } from "./pages/microsoft";
import { ProfilePage } from "./pages/profile";
import { issuerPort, startIssuer, type Issuer } from "./support/oidc-issuer";

/**
 * Linking and unlinking a Microsoft account from the profile, against the local OpenID Connect
 * issuer. A variant server (its own database) keeps the main server's demo accounts unlinked.
 */
const variant = onVariantServer({ E2E_OIDC_PORT: String(issuerPort()) });
let issuer: Issuer;
test.beforeAll(async () => {
  issuer = await startIssuer(variant.baseURL);
});
test.afterAll(async () => issuer?.close());

/** The issuer's development login screen and consent, as a person goes through them. */
async function microsoftLogin(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${issuer.url}/interaction/`));
  await new MicrosoftLogin(page).loginAs(login);
}

const panelOf = (page: Page) => new ProfilePage(page).microsoft();

test("link from the profile, sign in with it, refuse it for another account, then unlink", async ({ page, axe, mailbox, signInAs, newPage, profile }) => {
  const margaret = await signInAs("mcaldwell");
  await profile.goto();
  const me = await sessionUser(page);
  await expect(panelOf(page)).toContainText("No Microsoft account is linked.");
  await axe();

  await panelOf(page).getByRole("button", { name: "Link Microsoft account" }).click();
  await microsoftLogin(page, "profile-teacher");
  await expect(page).toHaveURL(/\/profile\?microsoft=linked$/);
  await expect(panelOf(page).getByRole("status").filter({ hasText: "Your Microsoft account is now linked." })).toBeVisible();
  await expect(panelOf(page)).toContainText("A Microsoft account is linked to your account");
  expect(await sessionUser(page), "the same session, not a new sign-in").toBe(me);
  await axe();
  expect((await mailbox.latestTo(margaret.email)).subject).toBe("A Microsoft account was linked to your account");

  // The linked identity now signs in to Margaret's account from a fresh browser.
  const fresh = await newPage();
  await new HomePage(fresh).startMicrosoftSignIn();
  await microsoftLogin(fresh, "profile-teacher");
  await expect(fresh).toHaveURL(/\/dashboard$/);
  expect(await sessionUser(fresh)).toBe(me);

  // Another account cannot take the same identity (it is not moved, and the person is told why).
  const brandon = await newPage();
  await signInAs("bwhitaker", brandon);
  await new ProfilePage(brandon).goto();
  await panelOf(brandon).getByRole("button", { name: "Link Microsoft account" }).click();
  await microsoftLogin(brandon, "profile-teacher");
  await expect(brandon).toHaveURL(/\/profile\?microsoft=linked-elsewhere$/);
  await expect(panelOf(brandon).getByRole("alert").filter({ hasText: "already linked to another portal account, so it was not linked to yours" })).toBeVisible();
  await expect(panelOf(brandon)).toContainText("No Microsoft account is linked.");
  await axe(brandon);

  await profile.goto();
  await panelOf(page).getByRole("button", { name: "Unlink Microsoft account" }).click();
  await expect(page).toHaveURL(/\/profile\?microsoft=unlinked$/);
  await expect(panelOf(page).getByRole("status").filter({ hasText: "Your Microsoft account has been unlinked." })).toBeVisible();
  await expect(panelOf(page)).toContainText("No Microsoft account is linked.");
  await axe();
  expect((await mailbox.latestTo(margaret.email)).subject).toBe("A Microsoft account was unlinked from your account");
});

test("a signed-in person's Microsoft sign-in without the profile's link intent links nothing (Auth.js never auto-links)", async ({ page, signInAs, profile }) => {
  await signInAs("praman");
  await profile.goto();
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
  await profile.goto();
  await expect(panelOf(page)).toContainText("No Microsoft account is linked.");
});
