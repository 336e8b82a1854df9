import { demoAccount, expect, test } from "./fixtures";
import { sessionUser } from "./pages/home";

const margaret = demoAccount("mcaldwell");
const brandon = demoAccount("bwhitaker");

test.describe("home page sign-in box", () => {
  test("shows the guide's first screen: Sign In, the Forgot links, Login, Register, Microsoft, support and public search", async ({ page, axe, home }) => {
    await page.goto("/");
    const box = home.signInBox();
    await expect(box.getByLabel("Username")).toBeVisible();
    await expect(box.getByLabel("Password", { exact: true })).toHaveAttribute("type", "password");
    await expect(box.getByRole("link", { name: "Forgot Username?" })).toHaveAttribute("href", "/forgot-username");
    await expect(box.getByRole("link", { name: "Forgot Password?" })).toHaveAttribute("href", "/forgot-password");
    await expect(box.getByRole("button", { name: "Login", exact: true })).toBeVisible();
    await expect(box).toContainText("Do not have an account? Register");
    await expect(box.getByRole("link", { name: "Register" })).toHaveAttribute("href", "/register");
    await expect(box.getByRole("button", { name: "Login with Microsoft" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Online Support Form" })).toHaveAttribute("href", "/support");
    await expect(main).toContainText("(877) 314-1412");
    await expect(main).toContainText("Locating licensure information? Public Search");
    await expect(main.getByRole("link", { name: "Public Search" })).toHaveAttribute("href", "/search");
    await page.screenshot({ path: "test-results/sign-in-home.png", fullPage: true });
    await axe();
  });

  test("empty fields get messages beside them and in the error summary", async ({ page, axe }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Login", exact: true }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Enter your username" })).toHaveAttribute("href", "#username");
    await expect(summary.getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#password");
    await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
    await axe();
  });

  test("a wrong password gets the one generic message, keeps the username, never the password, and puts nothing in the URL", async ({ page, axe, home }) => {
    await home.signIn(brandon.username, "Not-The-Right-Password-1!");
    expect(await home.signInError()).toContain("The username or password you entered is not correct.");
    await expect(page.getByLabel("Username")).toHaveValue(brandon.username);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    expect(new URL(page.url()).search).toBe("");
    await axe();
    await page.screenshot({ path: "test-results/sign-in-wrong-password.png", fullPage: true });
    // The right password still works (one failure is far from any lockout) and clears the count.
    await home.signIn(brandon.username, brandon.password);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("an unknown username is locked out like a real one, with a message saying when to try again", async ({ axe, home }) => {
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await home.signIn("no.such.person", `Wrong-guess-number-${attempt}!`);
      messages.push(await home.signInError());
    }
    expect(messages.slice(0, 4).every((text) => text.includes("The username or password you entered is not correct."))).toBe(true);
    expect(messages[4]).toContain("Too many failed sign-ins for this username. You can try again in 1 minute");
    expect(messages[5]).toContain("Too many failed sign-ins for this username.");
    await axe();
  });

  test("signs in with a demo account (username in any case): session cookie HttpOnly and SameSite=Lax, then the home page sends them on", async ({ page, context, home }) => {
    await home.signIn(margaret.username.toUpperCase(), margaret.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // The JWT carries nothing personal in clear: it is encrypted (JWE, five dot-separated parts).
    expect(cookie!.value.split(".")).toHaveLength(5);
    // RL-1, RL-11: the browser is now a known device of the account: signed, HttpOnly and long lived.
    const known = (await context.cookies()).find((c) => c.name === "known-device");
    expect(known).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(known!.expires * 1000 - Date.now()).toBeGreaterThan(170 * 24 * 60 * 60_000);
    expect(await sessionUser(page)).toBeTruthy();
    await page.goto("/");
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("after sign-in, a `next` pointing to another site is ignored (AJS-11)", async ({ page, home }) => {
    await home.signIn(margaret.username, margaret.password, "/?next=https%3A%2F%2Fevil.example%2Fsteal");
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);
  });

  test("AJS-11: a same-site `next` is honoured; a hostile `next` posted to the action itself is dropped", async ({ page, home }) => {
    await home.signIn(margaret.username, margaret.password, "/?next=%2Fprofile");
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/profile$/);
    // The page filters `next` before it reaches the form; a crafted POST does not go through the page.
    for (const hostile of ["https://evil.example/steal", "//evil.example/steal", "/\\evil.example"]) {
      await page.context().clearCookies();
      await page.goto("/?next=%2Fprofile");
      await page.locator('input[type="hidden"][name="next"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), hostile);
      await home.submitSignIn(margaret.username, margaret.password);
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);
    }
  });

  test("Forgot Username? emails every username on the address; an unknown address gets the same page", async ({ page, axe, mailbox, recovery }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Forgot Username?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot Username?");
    await recovery.requestUsername();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await axe();
    await recovery.requestUsername(margaret.email);
    const sent = await recovery.checkYourEmail().innerText();
    await axe();
    const email = await mailbox.latestTo(margaret.email, 15_000, "Your username");
    expect(email.subject).toBe("Your username");
    expect(email.text).toContain(margaret.username);

    await page.goto("/forgot-username");
    await recovery.requestUsername("nobody.at.all@example.net");
    expect(await recovery.checkYourEmail().innerText()).toBe(sent);
    const none = await mailbox.latestTo("nobody.at.all@example.net", 15_000, "Your username");
    expect(none.text).toContain("no account uses it");
  });
});
