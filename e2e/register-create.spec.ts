import { expect, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";
import { passCaptcha } from "./support/captcha";
import { shoot } from "./support/screenshots";

const password = "Quiet-Orchard-Bicycle-47!";

test.describe.configure({ timeout: 150_000 });

test("not found → Create new account → dashboard → confirmed", async ({ page, axe, mailbox, home, register }) => {
  await register.search({ first: "Grace", last: "Hopper", lastFour: "5678", dob: "12/09/1976" });
  await expect(page.getByRole("heading", { name: "Existing account not found" })).toBeFocused();
  await expect(page.getByText("We did not find any records matching that search criteria. Please create a new account.")).toBeVisible();
  await axe();
  await shoot(page, "10-not-found");
  await page.getByRole("link", { name: "Create new account" }).click();

  await expect(page).toHaveURL(/\/register\/create$/);
  await expect(page.getByRole("heading", { name: "Account Information" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Personal Information" })).toBeVisible();
  await expect(page.getByText("KDE recommends you use a personal email for your account as school emails can often change.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cancel" })).toHaveAttribute("href", "/register");
  await axe();

  // Every field wrong at once: each gets its message, the summary lists them, values stay (not SSN, not passwords).
  await register.fillAccount({ username: "grace hopper", email: "grace@", password: "short", confirm: "short" });
  await register.fillPerson({ first: "Grace", last: "H0pper", dob: "12/9/76", ssn: "666-12-3456" });
  await register.continue();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([/username/, /email address/, /at least 15 characters/, /last name/, /mm\/dd\/yyyy/, /never been issued/]);
  for (const field of ["username", "email", "password", "lastName", "dateOfBirth", "ssn"]) {
    await expect(page.locator(`#${field}-error`)).toBeVisible();
  }
  await expect(page.locator("#ssn-error")).toContainText("never been issued");
  await expect(page.getByLabel("Username")).toHaveValue("grace hopper");
  await expect(page.getByLabel("First Name")).toHaveValue("Grace");
  await expect(page.getByLabel("Date of Birth")).toHaveValue("12/9/76");
  await expect(page.getByLabel("Social Security Number")).toHaveValue("");
  await expect(page.locator("body")).not.toContainText("666-12-3456");
  await axe();
  await shoot(page, "11-create-errors");

  await register.fillAccount({ username: "ghopper", email: "grace.hopper@example.org", password });
  await register.fillPerson({ first: "Grace", last: "Hopper", dob: "12/9/1976", ssn: "955-12-5678" });
  await page.getByRole("button", { name: "Show Social Security number" }).click();
  await expect(page.getByLabel("Social Security Number")).toHaveAttribute("type", "text");
  await passCaptcha(page);
  await shoot(page, "12-create-filled");
  await register.continue();

  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Grace Hopper");
  // A brand-new account sees the guide's empty screen, word for word (announcements are the agency's, seeded here).
  await expect(page.getByRole("region", { name: "Credentials" }).getByRole("paragraph")).toHaveText("You do not have any active credentials. Apply for a credential.");
  const feed = page.getByRole("region", { name: "Activity Feed" });
  await expect(feed.getByRole("paragraph").first()).toHaveText("There are no activity feed items at this time.");
  await expect(feed.getByRole("link", { name: "View All Notifications" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Quick Links" }).getByRole("searchbox")).toBeVisible();
  await page.getByRole("button", { name: "Resend confirmation email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We sent a new confirmation email" })).toBeVisible();
  await axe();

  const email = await mailbox.latestTo("grace.hopper@example.org");
  expect(email.subject).toBe("Confirm your email address");
  await mailbox.openLink("grace.hopper@example.org", "here");
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address is confirmed");

  // The new record is now found by the account search, and it already has its account.
  await page.getByRole("link", { name: "Go to your home page" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await home.signOutFromMenu();
  await register.search({ first: "Grace", last: "Hopper", lastFour: "5678", dob: "12/09/1976" });
  await expect(page.getByRole("heading", { name: "You already have an account" })).toBeVisible();
});

test("an SSN that already has a record: a generic answer, nothing disclosed, the owner emailed", async ({ page, axe, mailbox, register }) => {
  await page.goto("/register/create");
  await register.fillAccount({ username: "copycat", email: "copycat@example.org", password });
  // Margaret Caldwell's SSN (demo account mcaldwell), typed without dashes.
  await register.fillPerson({ first: "Maggie", last: "Other", dob: "01/02/1990", ssn: "987302201" });
  await passCaptcha(page);
  await register.continue();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not create an account with these details");
  await expect(page.locator("body")).not.toContainText("Caldwell");
  await expect(page.getByRole("link", { name: "Search again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Contact support" })).toBeVisible();
  await axe();
  await shoot(page, "13-ssn-in-use");
  const email = await mailbox.latestTo("margaret.caldwell@example.org");
  expect(email.subject).toBe("Someone tried to create an account with your details");
});

test("registration pages reflow at 320 px", async ({ page, axe, register }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await register.search({ first: "Jose", last: "Nunez", lastFour: "1102", dob: "11/2/1979" });
  await expect(page.getByRole("heading", { name: "We found the following results" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await axe();
  await shoot(page, "20-found");
  for (const path of ["/register", "/register/create", "/register/claim", "/confirm-email?token=x"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
    await shoot(page, `21${path.replace(/[^a-z]+/g, "-")}`);
  }
});

test("a field typed in while an error comes back keeps what was typed", async ({ page, register }) => {
  await page.goto("/register/create");
  // Hold the action's answer until the person has typed on, so "the first moment" is not left to timing.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/register/create", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await register.fillAccount({ username: "typist", email: "typist@example.org", password: "short" });
  await register.fillPerson({ first: "Ty", last: "Pist", dob: "1/2/1990", ssn: "955-12-0001" });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Creating your account…" })).toBeVisible();
  await page.locator("#password").fill(password);
  await page.getByLabel("Social Security Number").fill("955-12-0002");
  release();

  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  await expect(page.locator("#password")).toHaveValue(password);
  await expect(page.getByLabel("Social Security Number")).toHaveValue("955-12-0002");
  // What was not touched since Continue behaves as before: kept when it is not secret, emptied when it is.
  await expect(page.getByLabel("Username")).toHaveValue("typist");
  await expect(page.locator("#confirmPassword")).toHaveValue("");
  // Typing right after the summary appeared stays too.
  await page.locator("#confirmPassword").fill(password);
  await page.waitForTimeout(500);
  await expect(page.locator("#confirmPassword")).toHaveValue(password);
  await expect(page.locator("#password")).toHaveValue(password);
});
