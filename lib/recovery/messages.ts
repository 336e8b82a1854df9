/** What the "Forgot Username?" and "Forgot Password?" forms say, word for word (e2e checks them). */
export const recoveryMessages = {
  enterIdentifier: "Enter your username or email address",
  enterEmail: "Enter your email address",
  emailFormat: "Enter an email address in the correct format, like name@example.com",
} as const;
