import { test as base, expect, type Page } from "@playwright/test";
import { demoAccounts, type DemoAccount } from "../lib/tooling/seed/demo-accounts";
import { HomePage } from "./pages/home";
import { Mailbox } from "./pages/mailbox";
import { ProfilePage } from "./pages/profile";
import { RecoveryPages } from "./pages/recovery";
import { RegisterPages } from "./pages/register";
import { BulkPage, EducatorPage, PublicSearchPage } from "./pages/search";
import { expectNoAxeViolations } from "./support/axe";
import { startVariantServer, variantPort, type VariantServer } from "./support/variant-server";

/**
 * The e2e spine. Specs import `test` and `expect` from here and ask for what they need:
 *
 *   test("…", async ({ page, signInAs, profile, mailbox, axe }) => {
 *     const margaret = await signInAs("mcaldwell");   // the page's browser is signed in (or: await freshAccount())
 *     await profile.goto();
 *     await axe();                                      // WCAG 2.1 AA on the page, zero violations
 *     expect((await mailbox.latestTo(margaret.email)).subject).toBe("…");
 *   });
 *
 * Page objects (e2e/pages/) come as fixtures bound to `page`; for a second browser, `newPage()` and
 * the page object's own constructor (`new HomePage(other)`). Specs that change demo accounts or need
 * other settings call onVariantServer(env) at the top: their own server and database.
 */
export { expect };

export type DemoUsername = "mcaldwell" | "bwhitaker" | "praman";

/** A seeded demo account (lib/tooling/seed/demo-accounts.ts): username, password, email, person. */
export function demoAccount(username: DemoUsername): DemoAccount {
  const account = demoAccounts.find((entry) => entry.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account;
}

/**
 * Signs `page`'s browser context in as a demo account through Auth.js's own credentials endpoint
 * (CSRF token first, as a browser form would). The home page's sign-in box is the people's way in
 * (HomePage.signIn); this is the shortcut for tests about what comes after.
 */
async function signInOverHttp(page: Page, account: DemoAccount) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: account.username, password: account.password, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in redirect").toBe(302);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { id?: string } } | null;
  expect(session?.user?.id, "signed in").toBeTruthy();
}

/** An account registered for this test alone through "Create new account"; the page is signed in to it. */
export type RegisteredAccount = { username: string; email: string; password: string; first: string; last: string };

let registered = 0;
function newRegistration(): RegisteredAccount {
  registered += 1;
  // Unique per test run: letters only in names (the form refuses digits), a never-issued 9xx SSN.
  const stamp = `${Date.now().toString(36)}${registered}`;
  const letters = stamp.replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!);
  const username = `fresh.${stamp}`;
  return { username, email: `${username}@example.org`, password: "Quiet-Orchard-Bicycle-47!", first: "Fresh", last: `Tester${letters[0]!.toUpperCase()}${letters.slice(1)}` };
}
function uniqueTestSsn(): string {
  const clock = Date.now();
  return `96${registered % 10}-${10 + (Math.floor(clock / 10_000) % 89)}-${1000 + (clock % 9000)}`;
}

type Fixtures = {
  /** Runs axe (WCAG 2.1 AA, zero violations, one header and footer) on `page`, or on `target`. */
  axe: (target?: Page) => Promise<void>;
  /** /dev/mailbox read through `page`. */
  mailbox: Mailbox;
  /** Signs `page` (or `target`) in as a demo account over HTTP and returns the account. */
  signInAs: (username: DemoUsername, target?: Page) => Promise<DemoAccount>;
  /** Registers a new account through "Create new account" in `page` (or `target`), which ends signed in to it on the dashboard. */
  freshAccount: (target?: Page) => Promise<RegisteredAccount>;
  /** A page in a new browser context (same settings and baseURL); closed after the test. */
  newPage: () => Promise<Page>;
  home: HomePage;
  register: RegisterPages;
  recovery: RecoveryPages;
  profile: ProfilePage;
  publicSearch: PublicSearchPage;
  educator: EducatorPage;
  bulk: BulkPage;
};

export const test = base.extend<Fixtures>({
  axe: async ({ page }, provide) => {
    await provide((target = page) => expectNoAxeViolations(target));
  },
  mailbox: async ({ page }, provide) => {
    await provide(new Mailbox(page));
  },
  signInAs: async ({ page }, provide) => {
    await provide(async (username, target = page) => {
      const account = demoAccount(username);
      await signInOverHttp(target, account);
      return account;
    });
  },
  freshAccount: async ({ page }, provide) => {
    await provide(async (target = page) => {
      const account = newRegistration();
      await target.goto("/register/create");
      await new RegisterPages(target).submitNewAccount(account, { first: account.first, last: account.last, dob: "01/15/1985", ssn: uniqueTestSsn() });
      return account;
    });
  },
  newPage: async ({ browser, baseURL }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async () => {
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  home: async ({ page }, provide) => provide(new HomePage(page)),
  register: async ({ page }, provide) => provide(new RegisterPages(page)),
  recovery: async ({ page }, provide) => provide(new RecoveryPages(page)),
  profile: async ({ page }, provide) => provide(new ProfilePage(page)),
  publicSearch: async ({ page }, provide) => provide(new PublicSearchPage(page)),
  educator: async ({ page }, provide) => provide(new EducatorPage(page)),
  bulk: async ({ page }, provide) => provide(new BulkPage(page)),
});

/**
 * Runs the calling spec file against its own server (e2e/support/variant-server.ts) started with
 * `env`, and points the spec's `baseURL` (so `page`, `newPage()` and every page object) at it.
 */
export function onVariantServer(env: Record<string, string>): { readonly baseURL: string } {
  let server: VariantServer | undefined;
  test.use({ baseURL: `http://localhost:${variantPort()}` });
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    server = await startVariantServer(env);
  });
  test.afterAll(async () => server?.stop());
  return {
    get baseURL() {
      if (!server) throw new Error("the variant server is started in beforeAll");
      return server.baseURL;
    },
  };
}
