import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../lib/db/seed/demo-accounts";
import { expectNoAxeViolations } from "./support/axe";
import { latestEmailTo } from "./support/mailbox";
import { startIssuer, type Issuer } from "./support/oidc-issuer";
import { sessionUser } from "./support/sign-in";

/** "Login with Microsoft" against the local OpenID Connect issuer configured by e2e/serve.ts. */
let issuer: Issuer;
test.beforeAll(async ({ baseURL }) => {
  issuer = await startIssuer(baseURL!);
});
test.afterAll(async () => issuer?.close());

async function microsoftAs(page: Page, login: string) {
  await page.goto("/");
  await page.getByRole("button", { name: "Login with Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer.url}/interaction/`));
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("an unlinked Microsoft identity creates nothing; signing in with a password links it; next time it signs straight in", async ({ browser }) => {
  const margaret = demoAccounts.find((demo) => demo.username === "mcaldwell")!;
  const first = await (await browser.newContext()).newPage();
  await microsoftAs(first, "teacher-one");
  await expect(first).toHaveURL(/\/link-microsoft$/);
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("No portal account is linked to this Microsoft account");
  await expect(first.getByRole("main")).toContainText("teacher-one@school.example");
  await expect(first.getByRole("link", { name: "Register" })).toHaveAttribute("href", "/register");
  expect(await sessionUser(first)).toBeNull();
  await first.screenshot({ path: "test-results/microsoft-link.png", fullPage: true });
  await expectNoAxeViolations(first);

  await first.getByLabel("Username").fill(margaret.username);
  await first.getByLabel("Password", { exact: true }).fill(margaret.password);
  await first.getByRole("button", { name: "Login", exact: true }).click();
  await expect(first).toHaveURL(/\/dashboard$/);
  const linkedUser = await sessionUser(first);
  expect(linkedUser).toBeTruthy();
  const email = await latestEmailTo(first, margaret.email);
  expect(email.subject).toBe("A Microsoft account was linked to your account");

  const second = await (await browser.newContext()).newPage();
  await microsoftAs(second, "teacher-one");
  await expect(second).toHaveURL(/\/dashboard$/);
  expect(await sessionUser(second)).toBe(linkedUser);
});

test("a token from a tenant not on the allowed list is refused (AJS-5)", async ({ page }) => {
  await microsoftAs(page, "outsider-7");
  await expect(page).toHaveURL(/\/\?notice=microsoft-tenant$/);
  await expect(page.getByRole("status").first()).toContainText("belongs to an organisation that cannot sign in to this portal");
  expect(await sessionUser(page)).toBeNull();
  await expectNoAxeViolations(page);
});
