import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../lib/tooling/seed/demo-accounts";
import { fillAccount, fillPerson, fillSearch, passCaptcha } from "./register-helpers";
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

test("an unlinked Microsoft identity is linked by registering instead; next time it signs straight in", async ({ browser }) => {
  test.setTimeout(150_000);
  const first = await (await browser.newContext()).newPage();
  await microsoftAs(first, "teacher-two");
  await expect(first).toHaveURL(/\/link-microsoft$/);
  await first.getByRole("link", { name: "Register" }).click();

  // The whole registration journey for someone with no record yet: search, not found, create.
  await expect(first).toHaveURL(/\/register$/);
  await fillSearch(first, { first: "Katherine", last: "Coleman", lastFour: "7821", dob: "08/26/1978" });
  await passCaptcha(first);
  await first.getByRole("button", { name: "Search" }).click();
  await expect(first.getByRole("heading", { name: "Existing account not found" })).toBeVisible();
  await first.getByRole("link", { name: "Create new account" }).click();
  await fillAccount(first, { username: "kcoleman", email: "katherine.coleman@example.org", password: "Quiet-Orchard-Bicycle-47!" });
  await fillPerson(first, { first: "Katherine", last: "Coleman", dob: "08/26/1978", ssn: "955-44-7821" });
  await passCaptcha(first);
  await first.getByRole("button", { name: "Continue" }).click();
  await expect(first).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  const newUser = await sessionUser(first);
  expect(newUser).toBeTruthy();
  // The waiting identity was linked by the create action right after the account existed (linkPendingMicrosoftAccount).
  // Its email goes out with the confirmation email, so it is picked by subject rather than as the newest.
  await first.goto(`/dev/mailbox?to=${encodeURIComponent("katherine.coleman@example.org")}`);
  await first.getByRole("table").getByRole("link", { name: "A Microsoft account was linked to your account" }).click();
  await expect(first.locator("pre")).toContainText("teacher-two@school.example");

  const second = await (await browser.newContext()).newPage();
  await microsoftAs(second, "teacher-two");
  await expect(second).toHaveURL(/\/dashboard$/);
  expect(await sessionUser(second)).toBe(newUser);
});

test("a token from a tenant not on the allowed list is refused (AJS-5)", async ({ page }) => {
  await microsoftAs(page, "outsider-7");
  await expect(page).toHaveURL(/\/\?notice=microsoft-tenant$/);
  await expect(page.getByRole("status").first()).toContainText("belongs to an organisation that cannot sign in to this portal");
  expect(await sessionUser(page)).toBeNull();
  await expectNoAxeViolations(page);
});
