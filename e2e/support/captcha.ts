import { expect, type Page } from "@playwright/test";

/** Ticks the ALTCHA "I'm not a robot" box and waits until the widget has solved its challenge. */
export async function passCaptcha(page: Page) {
  // The checkbox is drawn over by its tick mark, so click its label as a person would.
  await page.locator("altcha-widget label", { hasText: "I'm not a robot" }).click();
  await expect(page.locator('altcha-widget [data-state="verified"]')).toBeVisible({ timeout: 30_000 });
}
