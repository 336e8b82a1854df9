import type { Page } from "@playwright/test";

/** /profile and its sections, each a labelled region. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/profile");
  }

  readonly record = () => this.page.getByRole("region", { name: "Your educator record" });
  readonly nameChange = () => this.page.getByRole("region", { name: "Request a name change" });
  readonly contact = () => this.page.getByRole("region", { name: "Contact details" });
  readonly email = () => this.page.getByRole("region", { name: "Email address" });
  readonly microsoft = () => this.page.getByRole("region", { name: "Microsoft account" });
  readonly security = () => this.page.getByRole("region", { name: "Security", exact: true });
  /** The error summary at the top of the page after a refused form. */
  readonly problem = () => this.page.getByRole("alert", { name: "There is a problem" });

  /** Security's "Change password" form, filled and sent. */
  async changePassword(current: string, next: string, confirm = next) {
    await this.page.locator("#change-current-password").fill(current);
    await this.page.locator("#change-new-password").fill(next);
    await this.page.locator("#change-confirm-password").fill(confirm);
    await this.security().getByRole("button", { name: "Change password" }).click();
  }
}
