import { expect, type Page } from "@playwright/test";

/**
 * The development mailbox, /dev/mailbox (the e2e server runs with EMAIL_TRANSPORT=mailbox). Mail is
 * queued in the same transaction as the action that sends it, so it is listed as soon as the action's
 * response arrives; reading still retries briefly. Reading leaves the page on the message.
 *
 *   const email = await mailbox.latestTo("ada@example.org");
 *   expect(email.subject).toBe("Confirm your email address");
 *   await mailbox.openLink("ada@example.org", "here");   // now on the confirm page
 */
/** The support team's address on the e2e server (SUPPORT_EMAIL in e2e/serve.ts). */
export const supportInbox = "support@kecs.randasolutions.com";

export type MailboxEmail = { subject: string; text: string; links: { name: string; href: string }[] };

export class Mailbox {
  constructor(readonly page: Page) {}

  /** The list of messages to `address`, newest first. */
  async openInbox(address: string) {
    await this.page.goto(`/dev/mailbox?to=${encodeURIComponent(address)}`);
  }

  /**
   * Opens the newest message to `address` and returns what it says. With `subject`, waits until the
   * newest message has it: mail the background deliverer writes (the recovery requests, issue 11
   * item 5) arrives a moment after the page has answered, so an older message may still be newest.
   */
  async latestTo(address: string, timeout = 10_000, subject?: string): Promise<MailboxEmail> {
    const page = this.page;
    await expect(async () => {
      await this.openInbox(address);
      const newest = page.getByRole("table").getByRole("link").first();
      await expect(newest).toBeVisible({ timeout: 1_000 });
      if (subject !== undefined) await expect(newest).toHaveText(subject, { timeout: 1_000 });
    }).toPass({ timeout });
    await page.getByRole("table").getByRole("link").first().click();
    return this.read();
  }

  /** Opens the message to `address` with this subject (not necessarily the newest). */
  async openBySubject(address: string, subject: string) {
    await this.openInbox(address);
    await this.page.getByRole("table").getByRole("link", { name: subject }).click();
  }

  /** Follows the link named `linkText` (exact) in the newest message to `address` (with `subject`, once the newest has it). */
  async openLink(address: string, linkText: string, subject?: string): Promise<void> {
    await this.latestTo(address, 15_000, subject);
    await this.page.getByRole("region", { name: "Links in this message" }).getByRole("link", { name: linkText, exact: true }).first().click();
  }

  private async read(): Promise<MailboxEmail> {
    const page = this.page;
    await expect(page.getByRole("heading", { name: "Links in this message" })).toBeVisible();
    const subject = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    const text = await page.locator("pre").innerText();
    const links = await page
      .getByRole("region", { name: "Links in this message" })
      .getByRole("link")
      .evaluateAll((anchors) => anchors.map((a) => ({ name: (a.textContent ?? "").trim(), href: a.getAttribute("href") ?? "" })));
    return { subject, text, links };
  }
}
