import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolationsAtBothWidths } from "../support/axe";

/**
 * The test payment provider's hosted checkout, /dev/pay (the e2e server runs with DEMO_MODE). A fee
 * step sends the browser here; each decision sends it back to the portal through the signed return.
 *
 *   await page.getByRole("button", { name: "Pay" }).click();   // the fee step
 *   await checkout.expectAmount("$85.00");
 *   await checkout.approve();                                   // back on the fee step's return page
 */
export class TestCheckout {
  constructor(readonly page: Page) {}

  async expectOpen(amount?: string) {
    await expect(this.page).toHaveURL(/\/dev\/pay\?checkout=/);
    await expect(this.page.getByRole("heading", { level: 1, name: "Pay your fee" })).toBeVisible();
    if (amount) await expect(this.page.getByText(amount, { exact: true })).toBeVisible();
  }

  /** axe at desktop width and at 320 px (WCAG 1.4.10), as on every page. */
  async checkAccessibility() {
    await expectNoAxeViolationsAtBothWidths(this.page);
  }

  approve() {
    return this.decide("Approve payment");
  }

  decline() {
    return this.decide("Decline payment");
  }

  cancel() {
    return this.decide("Cancel and go back");
  }

  private async decide(button: string) {
    await this.page.getByRole("button", { name: button }).click();
    await this.page.waitForURL((url) => url.pathname !== "/dev/pay");
  }
}
