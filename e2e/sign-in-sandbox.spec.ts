import { demoAccount, expect, test, onVariantServer } from "./fixtures";
import { HomePage, sessionUser } from "./pages/home";

/**
 * Specs that change demo accounts (lockouts, password resets) or need other settings run against
 * their own server: a short idle limit (3 minutes: the warning opens after 30 seconds), Microsoft
 * sign-in not configured, and a public-search limit low enough to reach. Every request comes from
 * one real address here (X-Forwarded-For is rebuilt from the socket), so exhausting a per-IP limit on
 * the main server would refuse the specs that follow.
 */
const server = onVariantServer({ SESSION_IDLE_MINUTES: "3", E2E_MICROSOFT: "off", RATE_LIMIT_PUBLIC_SEARCH: "15/300" });

test.describe.configure({ timeout: 120_000 });

test("where Microsoft sign-in is not configured, the button explains instead of failing", async ({ page, axe }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Login with Microsoft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sign-in with Microsoft is not set up on this portal yet." })).toBeVisible();
  await axe();
});

test("a real account locks exactly like an unknown username, and the right password waits for the lock too", async ({ page, axe, newPage, home }) => {
  // Two browsers, as failures per browser are limited too (RL-4).
  const stranger = await newPage();
  const praman = demoAccount("praman");
  const real: string[] = [];
  const unknown: string[] = [];
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await home.signIn(praman.username, `Wrong-guess-number-${attempt}!`);
    real.push(await home.signInError());
    await new HomePage(stranger).signIn("no.such.teacher", `Wrong-guess-number-${attempt}!`);
    unknown.push(await new HomePage(stranger).signInError());
  }
  // The same messages; only a lockout's time left may differ by the moment each was read: a whole
  // minute left reads "1 minute", and a second later "59 seconds" (lib/platform/security/retry-after.ts).
  const sameButTimeLeft = (messages: string[]) => messages.map((message) => message.replace(/in (\d+ seconds?|1 minute),/, "in <time left>,"));
  expect(sameButTimeLeft(real)).toEqual(sameButTimeLeft(unknown));
  expect(real[4]).toContain("Too many failed sign-ins for this username. You can try again in 1 minute");
  await home.signIn(praman.username, praman.password);
  expect(await home.signInError()).toContain("Too many failed sign-ins for this username.");
  await page.screenshot({ path: "test-results/sign-in-locked.png", fullPage: true });
  await axe();
});

test("forgot password end to end: reset link by email, new password, every session ends, 'password changed' email", async ({ page, axe, mailbox, newPage, home, recovery }) => {
  const brandon = demoAccount("bwhitaker");
  const other = await newPage();
  await new HomePage(other).signIn(brandon.username, brandon.password);
  await expect(other).toHaveURL(/\/dashboard$/);
  expect(await sessionUser(other)).toBeTruthy();

  await page.goto("/");
  await page.getByRole("link", { name: "Forgot Password?" }).click();
  await recovery.requestReset(brandon.username);
  await expect(recovery.checkYourEmail()).toBeVisible();
  await axe();

  await mailbox.openLink(brandon.email, "Reset your password", "Reset your password");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  const resetUrl = page.url();
  expect(resetUrl.startsWith(server.baseURL)).toBe(true);
  await recovery.chooseNewPassword("password");
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await axe();

  const newPassword = "Granite-Willow-Orbit-62%";
  await recovery.chooseNewPassword(newPassword);
  await expect(page).toHaveURL(/\/\?notice=password-changed$/);
  await expect(page.getByRole("status").first()).toContainText("Your password has been changed");

  // SES-5: the session open in the other browser is over.
  expect(await sessionUser(other)).toBeNull();
  // Single use: the link is dead now.
  await page.goto(resetUrl);
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or has already been used" })).toBeVisible();
  await axe();

  const changed = await mailbox.latestTo(brandon.email);
  expect(changed.subject).toBe("Your password was changed");
  expect(changed.text).toContain("This wasn't me");

  await home.signIn(brandon.username, brandon.password);
  expect(await home.signInError()).toContain("The username or password you entered is not correct.");
  await home.signIn(brandon.username, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("idle warning: opens 150 seconds before the limit, 'Stay signed in' keeps the session, running out signs out", async ({ page, axe, home }) => {
  const margaret = demoAccount("mcaldwell");
  await page.clock.install();
  await home.signIn(margaret.username, margaret.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/support");
  const dialog = page.getByRole("dialog", { name: "Your session is about to end" });
  await expect(dialog).toBeHidden();
  await page.clock.fastForward(31_000);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("You will be signed out in 2 minutes 29 seconds");
  await expect(dialog.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await page.screenshot({ path: "test-results/sign-in-idle-warning.png" });
  await axe();

  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  expect(await sessionUser(page)).toBeTruthy();

  await page.clock.fastForward(31_000);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward(151_000);
  await expect(page).toHaveURL(/\/\?notice=timed-out$/);
  await expect(page.getByRole("status").first()).toContainText("You were signed out because you were inactive");
  expect(await sessionUser(page)).toBeNull();
});

test("sign-out is a POST that ends the session on the server: the old cookie no longer works (NX-10, SES-4)", async ({ page, browser, home }) => {
  const margaret = demoAccount("mcaldwell");
  await page.clock.install();
  await home.signIn(margaret.username, margaret.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const before = await page.context().cookies();
  await page.goto("/support");
  await page.clock.fastForward(31_000);
  await page.getByRole("dialog").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/\?notice=signed-out$/);
  const replay = await browser.newContext({ baseURL: server.baseURL });
  await replay.addCookies(before);
  const response = await replay.request.get("/api/auth/session");
  expect((await response.json().catch(() => null))?.user ?? null).toBeNull();
});

test("a spoofed X-Forwarded-For is ignored: per-address limits hold however the header changes", async ({ page, recovery }) => {
  let refused = 0;
  for (let attempt = 1; attempt <= 21 && refused === 0; attempt += 1) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}` });
    await page.goto("/forgot-username");
    await recovery.requestUsername(`spoof.${attempt}@example.net`);
    const outcome = recovery.checkYourEmail().or(page.getByRole("alert").filter({ hasText: "Too many requests" }));
    await expect(outcome).toBeVisible();
    if (await page.getByRole("alert").filter({ hasText: "Too many requests" }).isVisible()) refused = attempt;
  }
  // 20 an hour per client address: the 21st is refused although each claimed a new address.
  expect(refused).toBe(21);
});

test("a forged forwarded host never reaches a link: emails are built from APP_URL", async ({ page, mailbox, recovery }) => {
  const margaret = demoAccount("mcaldwell");
  await page.setExtraHTTPHeaders({ "x-forwarded-host": "evil.example", "x-forwarded-for": "198.51.100.1" });
  await page.goto("/forgot-password");
  await recovery.requestReset(margaret.email);
  await expect(recovery.checkYourEmail()).toBeVisible();
  await page.setExtraHTTPHeaders({});
  const email = await mailbox.latestTo(margaret.email, 15_000, "Reset your password");
  expect(email.links.length).toBeGreaterThan(0);
  for (const link of email.links) expect(link.href).not.toContain("evil.example");
  expect(email.links.find((link) => link.name === "Reset your password")?.href.startsWith(`${server.baseURL}/reset-password?token=`)).toBe(true);
});

test("too many searches from one address: HTTP 429 and a friendly page", async ({ page, axe }) => {
  // Through the browser itself: Node's request client may reach "localhost" over IPv4 while Chromium
  // uses IPv6, which are two client addresses with two budgets.
  let status = 200;
  for (let i = 0; i < 40 && status !== 429; i += 1) {
    status = (await page.goto("/search?id=00000000"))?.status() ?? 0;
  }
  expect(status).toBe(429);
  const response = await page.goto("/search?last=Mitchell");
  expect(response?.status()).toBe(429);
  expect(response?.headers()["retry-after"]).toMatch(/^\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many searches");
  await expect(page.getByRole("link", { name: "bulk verification" })).toBeVisible();
  await axe();
});
