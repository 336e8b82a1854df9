import type { Page } from "@playwright/test";

/** The local OpenID Connect issuer's development login (e2e/support/oidc-issuer.ts), standing in for Microsoft's. */
export class MicrosoftLogin {
  constructor(readonly page: Page) {}

  /** Any login name is accepted and becomes the identity's subject; "outsider…" names belong to a tenant the portal refuses. */
  async loginAs(login: string) {
    await this.page.locator("input[name=login]").fill(login);
    await this.page.locator("input[name=password]").fill("any password");
    await this.page.getByRole("button", { name: "Sign-in" }).click();
    await this.page.getByRole("button", { name: "Continue" }).click();
  }
}
