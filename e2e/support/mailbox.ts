import { expect, type Page } from "@playwright/test";

/**
 * Reading mail in end-to-end tests (the e2e server runs with EMAIL_TRANSPORT=mailbox, so every
 * email is at /dev/mailbox). Mail is queued in the same transaction as the action that sends it,
 * so it is listed as soon as the action's response arrives; the helpers still retry briefly.
 *
 *   const email = await latestEmailTo(page, "ada@example.org");
 *   expect(email.subject).toBe("Confirm your email address");
 *   await openLinkFromLatestEmail(page, "ada@example.org", "here");   // now on the confirm page
 */
export type MailboxEmail = { subject: string; text: string; links: { name: string; href: string }[] };

/** Opens the newest message to `address` (leaving the page on it) and returns what it says. */
export async function latestEmailTo(page: Page, address: string, timeout = 10_000): Promise<MailboxEmail> {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(address)}`);
    await expect(page.getByRole("table").getByRole("link").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout });
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Links in this message" })).toBeVisible();
  const subject = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const text = await page.locator("pre").innerText();
  const links = await page
    .getByRole("region", { name: "Links in this message" })
    .getByRole("link")
    .evaluateAll((anchors) => anchors.map((a) => ({ name: (a.textContent ?? "").trim(), href: a.getAttribute("href") ?? "" })));
  return { subject, text, links };
}

/** Follows the link named `linkText` (exact) in the newest message to `address`. */
export async function openLinkFromLatestEmail(page: Page, address: string, linkText: string): Promise<void> {
  await latestEmailTo(page, address);
  await page.getByRole("region", { name: "Links in this message" }).getByRole("link", { name: linkText, exact: true }).first().click();
}
