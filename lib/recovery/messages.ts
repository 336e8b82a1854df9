import { emailMessages } from "@/lib/platform/forms/messages";

/** What the "Forgot Username?" and "Forgot Password?" forms say, word for word (e2e checks them). */
export const recoveryMessages = {
  enterIdentifier: "Enter your username or email address",
  enterEmail: emailMessages.missing,
  emailFormat: emailMessages.format,
} as const;
