import { expect, test } from "./fixtures";
import { supportInbox } from "./pages/mailbox";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";
import { shootAtBothWidths } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";

/**
 * Issue 15, second "Done when", across both sides: an educator's support request is answered by
 * support staff and read under "My requests"; their name change is approved by a reviewer and the
 * public search finds them by both names. Then an administrator's announcement reaches the dashboard,
 * and is removed again, and the email outbox opens. The educator is a fresh account of this test's own (no demo account changes).
 */
test.describe.configure({ mode: "serial" });

test("support reply, name change approval, announcement and outbox, educator and staff side by side", async ({ page, axe, freshAccount, newPage, mailbox, publicSearch }) => {
  test.setTimeout(240_000);
  const educator = await freshAccount();
  const question = `Which documents do I need for a rank change? (${Date.now()})`;

  // The educator asks support while signed in (no captcha; the account is attached).
  await page.goto("/support");
  await page.getByLabel("What is your question about?").selectOption({ label: "My credentials" });
  await page.getByLabel("Message").fill(question);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { name: "Your request has been sent" })).toBeVisible();
  const reference = (await page.locator("strong", { hasText: /^SR-/ }).innerText()).trim();

  // ...and asks for a new last name.
  const newLast = `Marchbanks${educator.last.slice(6)}`;
  await page.goto("/profile");
  const panel = page.getByRole("region", { name: "Request a name change" });
  await panel.getByLabel("New first name").fill(educator.first);
  await panel.getByLabel("New last name").fill(newLast);
  await panel.getByLabel("Why did your name change?").fill("Marriage");
  await panel.getByRole("button", { name: "Request a name change" }).click();
  await expect(panel.getByRole("status").filter({ hasText: newLast })).toContainText("Waiting for review");

  // Support staff: the inbox, the request and its thread, a reply.
  const support = await newPage();
  await signInAsStaff(support, "support");
  await support.goto("/staff/requests?tab=support&status=open");
  await expect(support.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();
  const card = support.getByRole("listitem").filter({ hasText: reference });
  await expect(card).toContainText("(signed in)");
  await expectNoAxeViolationsAtBothWidths(support);
  await shootAtBothWidths(support, "requests-inbox");
  await card.getByRole("link", { name: new RegExp(reference) }).click();
  await expect(support.getByRole("heading", { level: 1 })).toHaveText(`Support request ${reference}`);
  await expect(support.getByRole("list", { name: "Messages, oldest first" })).toContainText(question);
  await support.getByRole("button", { name: "Send reply" }).click();
  await expect(support.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: "Enter your reply" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(support);
  const answer = "Send your transcript showing the master's degree; we add the rank within ten days.";
  await support.getByLabel("Your reply").fill(answer);
  await support.getByRole("button", { name: "Send reply" }).click();
  await expect(support.getByRole("status").filter({ hasText: "Reply sent." })).toBeVisible();
  await expect(support.getByRole("list", { name: "Messages, oldest first" })).toContainText(answer);
  await expect(support.getByRole("main")).toContainText("Answered");
  await expectNoAxeViolationsAtBothWidths(support);
  await shootAtBothWidths(support, "support-request");
  await support.getByRole("button", { name: "Close this request" }).click();
  await expect(support.getByRole("button", { name: "Reopen this request" })).toBeVisible();

  // The educator reads the reply under "My requests", and by email.
  await page.goto("/requests");
  const mine = page.getByRole("listitem").filter({ hasText: reference });
  await expect(mine).toContainText("Closed");
  await expect(mine.getByRole("list", { name: /Conversation about/ })).toContainText(answer);
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "my-requests");
  expect((await mailbox.latestTo(educator.email, 10_000, `Reply to your support request ${reference}`)).text).toContain("master's degree");
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Activity Feed" })).toContainText(`Reply to your support request ${reference}`);

  // The educator answers in the thread: the request is open again in the support inbox.
  await page.goto("/requests");
  await page.getByLabel(`Answer about ${reference}`).fill("Thank you, I will ask the registrar.");
  await page.getByRole("button", { name: "Send to support" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your message was sent to support." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: reference }).getByRole("list", { name: /Conversation about/ })).toContainText("ask the registrar");
  await support.reload();
  await expect(support.getByRole("list", { name: "Messages, oldest first" })).toContainText("ask the registrar");
  await expect(support.getByRole("button", { name: "Close this request" })).toBeVisible();
  // The support mailbox hears of the reply too, with the way back to this request in the console.
  const replyNotice = await mailbox.latestTo(supportInbox, 10_000, `Reply to support request ${reference}: My credentials`);
  expect(replyNotice.text).toContain("Thank you, I will ask the registrar.");
  const consoleLink = /\/staff\/requests\/support\/[0-9a-f-]{36}/.exec(replyNotice.text)?.[0];
  expect(consoleLink, "the notice links to the request").toBeTruthy();
  await support.goto(consoleLink!);
  await expect(support.getByRole("list", { name: "Messages, oldest first" })).toContainText("ask the registrar");

  // A reviewer approves the name change.
  const reviewer = await newPage();
  await signInAsStaff(reviewer, "reviewer");
  await reviewer.goto("/staff/requests?tab=name-changes");
  const request = reviewer.getByRole("listitem").filter({ hasText: `${educator.first} ${newLast}` });
  await expect(request).toContainText("Waiting for review");
  await axe(reviewer);
  await request.getByRole("link").click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Name change request");
  await expect(reviewer.getByRole("main")).toContainText("Shown: the search will find both names");
  await expectNoAxeViolationsAtBothWidths(reviewer);
  await shootAtBothWidths(reviewer, "name-change-request");
  await reviewer.getByRole("button", { name: "Approve the name change" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();

  // The public search finds the person by the old and by the new last name.
  for (const last of [educator.last, newLast]) {
    await publicSearch.search({ last, first: educator.first });
    await expect(publicSearch.resultNames()).toHaveText([new RegExp(newLast)]);
  }
  await expect(publicSearch.results()).toContainText(educator.last);
  await page.goto("/requests");
  await expect(page.getByRole("listitem").filter({ hasText: `Name change to ${educator.first} ${newLast}` })).toContainText("Approved");
  expect((await mailbox.latestTo(educator.email, 10_000, "Your name change was approved")).text).toContain(newLast);

  // An administrator creates an announcement; the educator's dashboard shows it.
  const admin = await newPage();
  await signInAsStaff(admin, "admin");
  await admin.goto("/staff/announcements");
  await axe(admin);
  await admin.getByRole("link", { name: "New announcement" }).click();
  await admin.getByRole("button", { name: "Create announcement" }).click();
  await expect(admin.getByRole("alert", { name: "There is a problem" }).getByRole("link", { name: "Enter a title" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(admin);
  const title = `Offices closed for the holiday ${Date.now()}`;
  const today = new Intl.DateTimeFormat("en-US", { month: "2-digit", day: "2-digit", year: "numeric", timeZone: "America/New_York" }).format(new Date());
  await admin.getByLabel("Title").fill(title);
  await admin.getByLabel("Text").fill("Phone lines reopen on Monday.");
  await admin.getByLabel("First day to show it").fill(today);
  await admin.getByRole("button", { name: "Create announcement" }).click();
  await expect(admin.getByRole("status")).toHaveText("Announcement created.");
  await expect(admin.getByRole("listitem").filter({ hasText: title })).toContainText("Showing now");
  await expectNoAxeViolationsAtBothWidths(admin);
  await shootAtBothWidths(admin, "announcements");
  await admin.getByRole("link", { name: title }).click();
  await expect(admin.getByLabel("Title")).toHaveValue(title);
  await axe(admin);
  await page.goto("/dashboard");
  await expect(page.getByRole("main")).toContainText(title);

  // The outbox, failed and waiting, with no message bodies.
  await admin.goto("/staff/outbox");
  await expect(admin.getByRole("heading", { level: 1, name: "Email outbox" })).toBeVisible();
  await expectNoAxeViolationsAtBothWidths(admin);
  await admin.getByRole("link", { name: /^Waiting/ }).click();
  await expect(admin).toHaveURL(/show=pending/);
  await axe(admin);
  await shootAtBothWidths(admin, "outbox");

  // The announcement is removed again: off the dashboard at once (and out of later specs' way).
  await admin.goto("/staff/announcements");
  await admin.getByRole("link", { name: title }).click();
  await admin.getByRole("button", { name: "Remove this announcement" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Announcement removed." })).toBeVisible();
  await expect(admin.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("main")).not.toContainText(title);
});
