import { expect, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";
import { passCaptcha } from "./support/captcha";
import { supportInbox } from "./pages/mailbox";
import { expectNoSsn } from "./support/ssn-forms";

test.describe("online support form", () => {
  test("a visitor sends a request: reference on screen, a copy to support and a receipt in /dev/mailbox", async ({ page, axe, mailbox }) => {
    await page.goto("/support?topic=lost_email_access");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online Support");
    await expect(page.getByRole("main")).toContainText("(877) 314-1412");
    await expect(page.getByLabel("What is your question about?")).toHaveValue("lost_email_access");
    await expect(page.getByText("Never enter your Social Security number or any part of it.")).toBeVisible();
    await axe();

    const address = `visitor-${Date.now()}@example.org`;
    await page.getByLabel("Your name").fill("Vera Visitor");
    await page.getByLabel("Email address").fill(address);
    await page.getByLabel("Message").fill("I changed schools and can no longer read my old email.");
    await passCaptcha(page);
    await page.getByRole("button", { name: "Send request" }).click();

    const confirmation = page.getByRole("heading", { name: "Your request has been sent" });
    await expect(confirmation).toBeVisible();
    const reference = (await page.locator("strong", { hasText: /^SR-/ }).innerText()).trim();
    expect(reference).toMatch(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await axe();

    const toSupport = await mailbox.latestTo(supportInbox);
    expect(toSupport.subject).toBe(`Support request ${reference}: I no longer have access to my email`);
    expect(toSupport.text).toContain("I changed schools and can no longer read my old email.");
    expect(toSupport.text).toContain(address);
    const receipt = await mailbox.latestTo(address);
    expect(receipt.subject).toBe(`We received your support request ${reference}`);
    expect(receipt.text).toContain(reference);
  });

  test("missing fields and an SSN in the message are refused beside the fields and in the summary", async ({ page, axe }) => {
    await page.goto("/support");
    await page.getByRole("button", { name: "Send request" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    for (const message of ["Enter your name", "Enter your email address", "Select what your question is about", "Enter your message"]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await axe();
    await summary.getByRole("link", { name: "Enter your message" }).click();
    await expect(page.getByLabel("Message")).toBeFocused();

    await page.getByLabel("Your name").fill("Sam Sender");
    await page.getByLabel("Email address").fill("sam@example.org");
    await page.getByLabel("What is your question about?").selectOption({ label: "Signing in" });
    await page.getByLabel("Message").fill("My SSN is 987-65-4321, please look me up");
    await passCaptcha(page);
    await page.getByRole("button", { name: "Send request" }).click();

    await expect(summary.getByRole("link", { name: /We removed what looked like a Social Security number/ })).toBeVisible();
    await expect(page.getByLabel("Message")).toHaveValue("My SSN is [removed], please look me up");
    await expect(page.getByLabel("Your name")).toHaveValue("Sam Sender");
    await expect(page.getByLabel("What is your question about?")).toHaveValue("sign_in");
    expectNoSsn(await page.content(), "987-65-4321");
    await axe();
  });

  test("a signed-in person: name and email filled in, no captcha, the account attached", async ({ page, mailbox, signInAs }) => {
    await signInAs("praman");
    await page.goto("/support");
    await expect(page.getByLabel("Your name")).toHaveValue("Priya Raman");
    await expect(page.getByLabel("Email address")).toHaveValue("priya.raman@example.org");
    await expect(page.getByText("your account will be attached to this request")).toBeVisible();
    await expect(page.locator("altcha-widget")).toHaveCount(0);
    await page.getByLabel("What is your question about?").selectOption({ label: "My credentials" });
    await page.getByLabel("Message").fill("When will my first certificate be issued?");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("heading", { name: "Your request has been sent" })).toBeVisible();
    const reference = (await page.locator("strong", { hasText: /^SR-/ }).innerText()).trim();
    const toSupport = await mailbox.latestTo(supportInbox);
    expect(toSupport.subject).toBe(`Support request ${reference}: My credentials`);
    expect(toSupport.text).toContain("Account: praman");
  });

  test("reflows at 320 px with no accessibility violations", async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/support");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await axe();
  });
});
