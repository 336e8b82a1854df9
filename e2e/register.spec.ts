import { expect, test } from "./fixtures";
import { shoot } from "./support/screenshots";
import { expectNoSsn } from "./support/ssn-forms";

// Seeded demo people (lib/tooling/seed/demo-people.ts, demo-accounts.ts).
const endUser = { first: "End", last: "User", lastFour: "4321", dob: "3/1/1947" };
const sarahByMaidenName = { first: "sarah", last: "THOMPSON", lastFour: "1101", dob: "06/14/1985" };
const margaret = { first: "Margaret", last: "Caldwell", lastFour: "2201", dob: "08/19/1976" };
const password = "Quiet-Orchard-Bicycle-47!";

test.describe.configure({ timeout: 120_000 });

test("found → This is me! → account information → dashboard → confirmation email → confirmed (TEST-3)", async ({ page, axe, mailbox, home, register }) => {
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Kentucky Educator!");
  await expect(page.getByRole("heading", { name: "Search for an account." })).toBeVisible();
  await axe();
  await shoot(page, "01-register");

  await register.search(endUser);
  await expect(page.getByRole("heading", { name: "We found the following results" })).toBeFocused();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["First", "Last", "Middle", "Choose"]);
  await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("End");
  await expect(table).toContainText("D");
  await expect(page.locator("body")).not.toContainText("987");
  expectNoSsn(await page.content(), "987-65-4321"); // End User's SSN (demo-people.ts), in any spelling
  await axe();
  await shoot(page, "02-found");

  await page.getByRole("button", { name: "This is me!" }).click();
  await expect(page).toHaveURL(/\/register\/claim$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Now enter your account information.");
  await expect(page.getByLabel("First Name")).toHaveValue("End");
  await expect(page.getByLabel("First Name")).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Date of Birth")).toHaveValue("03/01/1947");
  await expect(page.getByText("you will not be able to change your name, date of birth or social")).toBeVisible();
  await axe();

  // A weak password: message at the field and in the summary; the other fields keep their values.
  await register.fillAccount({ username: "end.user", email: "End.User@Example.org", password: "Password123!" });
  await register.continue();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([/at least 15 characters/]);
  await expect(page.getByLabel("Username")).toHaveValue("end.user");
  await expect(page.getByLabel("Email")).toHaveValue("End.User@Example.org");
  await expect(page.locator("#password")).toHaveValue("");
  await expect(page.getByText("Both passwords match"), "the checklist empties with the password fields").toContainText("(not yet)");
  await axe();
  await shoot(page, "03-claim-error");

  await register.fillAccount({ username: "end.user", email: "End.User@Example.org", password });
  await expect(page.getByText("Both passwords match")).toContainText("(done)");
  await register.continue();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, End User");
  await expect(page.getByRole("heading", { name: "Please confirm your email address" })).toBeVisible();
  await axe();
  await shoot(page, "04-dashboard");

  const email = await mailbox.latestTo("end.user@example.org");
  expect(email.subject).toBe("Confirm your email address");
  expect(email.text).toContain("Please confirm your account by clicking this link: here");
  await mailbox.openLink("end.user@example.org", "here");
  await expect(page).toHaveURL(/\/confirm-email\?token=/);
  await axe();
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email address is confirmed");
  await axe();

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Please confirm your email address" })).toHaveCount(0);
  // The same link again: used.
  await mailbox.openLink("end.user@example.org", "here");
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");
  await axe();

  // Signed in, registration sends you home; Sign out is a POST.
  await page.goto("/register");
  await expect(page).toHaveURL(/\/dashboard$/);
  await home.signOutFromMenu();
});

test("REG-3: a former last name finds the record, shown under the name as searched; the current one stays hidden", async ({ page, register }) => {
  await register.search(sarahByMaidenName);
  const table = page.getByRole("table");
  await expect(table.getByRole("row").nth(1).getByRole("cell").nth(0)).toHaveText("Sarah");
  await expect(table.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText(sarahByMaidenName.last);
  await expect(page.locator("main")).not.toContainText("Mitchell");
});

test("already registered: says so without more, offers the ways back in, and emails the owner", async ({ page, axe, mailbox, register }) => {
  await register.search(margaret);
  await expect(page.getByRole("heading", { name: "You already have an account" })).toBeFocused();
  for (const name of ["Sign In", "Forgot Username?", "Forgot Password?", "I no longer have access to that email"]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("mcaldwell");
  await axe();
  await shoot(page, "05-already-registered");
  const email = await mailbox.latestTo("margaret.caldwell@example.org");
  expect(email.subject).toBe("Someone looked for your educator record");
});

test("a fourth search for the same person that found nothing: HTTP 429 and a friendly page (REG-4, RL-12)", async ({ page, axe, register }) => {
  // Per person, not per address (the per-IP limits are raised for e2e): a name and date of birth nobody has.
  const stranger = { first: "Nobody", last: "Throttled", dob: "04/04/1980" };
  for (const lastFour of ["1111", "2222", "3333"]) {
    await register.search({ ...stranger, lastFour });
    await expect(page.getByRole("heading", { name: "Existing account not found" })).toBeVisible();
  }
  const refused = page.waitForResponse((response) => new URL(response.url()).pathname === "/register/too-many-requests" && response.request().method() === "GET");
  await register.search({ ...stranger, lastFour: "4444" });
  const response = await refused;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(60 * 60);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too many attempts");
  await expect(page.getByRole("link", { name: "start registering again" })).toHaveAttribute("href", "/register");
  await expect(page.locator("body")).not.toContainText("Throttled");
  await axe();
  await shoot(page, "07-too-many-attempts");
});

test("search: each field's bad input has its message and a summary; typed values stay, the last four does not", async ({ page, axe, register }) => {
  await page.goto("/register");
  await register.fillSearch({ first: "End", last: "", lastFour: "12a", dob: "1947-03-01" });
  await page.getByRole("button", { name: "Search" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Enter your last name",
    "Enter the last four digits of your Social Security number, like 1234",
    /format mm\/dd\/yyyy to include typing the forward slashes and the four-digit year/,
  ]);
  await expect(page.locator("#dateOfBirth-error")).toContainText("Please make sure to enter your date of birth in the format mm/dd/yyyy");
  await expect(page.getByLabel("First Name")).toHaveValue("End");
  await expect(page.getByLabel("Date of Birth")).toHaveValue("1947-03-01");
  await expect(page.getByLabel("Last Four SSN")).toHaveValue("");
  await axe();
  await shoot(page, "06-search-errors");
  await summary.getByRole("link", { name: "Enter your last name" }).click();
  await expect(page.getByLabel("Last Name")).toBeFocused();
});

test("a claim page reached without a search says to start again", async ({ page, axe }) => {
  await page.goto("/register/claim");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Please start again");
  await expect(page.getByRole("link", { name: "Start again" })).toHaveAttribute("href", "/register");
  await axe();
});
