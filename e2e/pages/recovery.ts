import type { Page } from "@playwright/test";

/** "Forgot Username?", "Forgot Password?" and the reset link's page. */
export class RecoveryPages {
  constructor(readonly page: Page) {}

  /** On /forgot-username: the address, then "Email my username" (empty when not given). */
  async requestUsername(email?: string) {
    if (email !== undefined) await this.page.getByLabel("Email address").fill(email);
    await this.page.getByRole("button", { name: "Email my username" }).click();
  }

  /** On /forgot-password: the username or address, then "Email me a reset link". */
  async requestReset(usernameOrEmail: string) {
    await this.page.getByLabel("Username or email address").fill(usernameOrEmail);
    await this.page.getByRole("button", { name: "Email me a reset link" }).click();
  }

  /** On the reset link's page: the new password twice, then "Change password". */
  async chooseNewPassword(password: string, confirm = password) {
    await this.page.getByLabel("New password", { exact: true }).fill(password);
    await this.page.getByLabel("Confirm new password").fill(confirm);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  /** The "Check your email" answer both forms give. */
  readonly checkYourEmail = () => this.page.getByRole("status").filter({ hasText: "Check your email" });
}
