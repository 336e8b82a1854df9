import { expect, type Page } from "@playwright/test";
import { passCaptcha } from "../support/captcha";

export type SearchPerson = { first: string; last: string; lastFour: string; dob: string };
export type AccountFields = { username: string; email: string; password: string; confirm?: string };
export type PersonFields = { first: string; last: string; dob: string; ssn: string };

/**
 * Registration's pages: the account search (/register), the claim of a found record
 * (/register/claim) and "Create new account" (/register/create). The real ALTCHA widget is ticked
 * and solved in the browser, exactly as a person would do it.
 */
export class RegisterPages {
  constructor(readonly page: Page) {}

  /** The search form's four fields, nothing pressed. */
  async fillSearch(person: SearchPerson) {
    await this.page.getByLabel("First Name").fill(person.first);
    await this.page.getByLabel("Last Name").fill(person.last);
    await this.page.getByLabel("Last Four SSN").fill(person.lastFour);
    await this.page.getByLabel("Date of Birth").fill(person.dob);
  }

  /** On the search page already: fill, pass the captcha, press Search. */
  async submitSearch(person: SearchPerson) {
    await this.fillSearch(person);
    await passCaptcha(this.page);
    await this.page.getByRole("button", { name: "Search" }).click();
  }

  /** Opens /register and searches. */
  async search(person: SearchPerson) {
    await this.page.goto("/register");
    await this.submitSearch(person);
  }

  /** Account Information: username, email, password and its confirmation (the same unless given). */
  async fillAccount(account: AccountFields) {
    await this.page.getByLabel("Username").fill(account.username);
    await this.page.getByLabel("Email").fill(account.email);
    await this.page.locator("#password").fill(account.password);
    await this.page.locator("#confirmPassword").fill(account.confirm ?? account.password);
  }

  /** The create-account page's Personal Information. */
  async fillPerson(person: PersonFields) {
    await this.page.getByLabel("First Name").fill(person.first);
    await this.page.getByLabel("Last Name").fill(person.last);
    await this.page.getByLabel("Date of Birth").fill(person.dob);
    await this.page.getByLabel("Social Security Number").fill(person.ssn);
  }

  async continue() {
    await this.page.getByRole("button", { name: "Continue" }).click();
  }

  /**
   * On the create page already: both sections, the captcha, Continue; lands signed in on the dashboard
   * (which confirms a Microsoft link when `linkMicrosoft` ticked "Also link the Microsoft account …").
   */
  async submitNewAccount(account: AccountFields, person: PersonFields, linkMicrosoft = false) {
    await this.fillAccount(account);
    await this.fillPerson(person);
    if (linkMicrosoft) await this.page.getByLabel(/^Also link the Microsoft account/).check();
    await passCaptcha(this.page);
    await this.continue();
    await expect(this.page).toHaveURL(linkMicrosoft ? /\/dashboard\?linked=microsoft$/ : /\/dashboard$/, { timeout: 30_000 });
  }
}
