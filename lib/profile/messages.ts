import { minutesText } from "@/lib/platform/security/retry-after";

/**
 * What the profile's forms say (contact details, name change, email change, Microsoft link, password
 * change), word for word: e2e checks these texts, so they live here once.
 */
export const profileMessages = {
  tooLong: (label: string, max: number) => `${label} must be ${max} characters or fewer`,
  stateFormat: "Enter the state as two letters, like KY",
  postalCodeFormat: "Enter a ZIP code like 40601 or 40601-1234",
  addressLine1Missing: "Enter the first line of your address",
  cityMissing: "Enter your town or city",
  stateMissing: "Enter your state",
  postalCodeMissing: "Enter your ZIP code",
  nameCharacters: (label: string) => `${label} must only include letters, spaces, hyphens and apostrophes`,
  firstNameMissing: "Enter your new first name",
  lastNameMissing: "Enter your new last name",
  reasonMissing: "Enter why your name changed, for example marriage or court order",
  reasonTooLong: "The reason must be 1,000 characters or fewer",
  reasonHasSsn: "Remove the Social Security number: never send any part of it here",
  nameChangeWaiting: "You already have a name change request waiting for review.",
  sameEmail: "This is already your email address. Enter a different one",
  microsoftUnavailable: "Linking a Microsoft account is not available on this portal.",
  microsoftAlreadyLinked: "A Microsoft account is already linked. Unlink it first to link a different one.",
  microsoftNotLinked: "No Microsoft account is linked to your account.",
  currentPasswordMissing: "Enter your current password",
  currentPasswordWrong: "Your current password is incorrect",
  currentPasswordLocked: (retryAfterSeconds: number) => `Too many wrong passwords. Try again in ${minutesText(retryAfterSeconds)}`,
  newPasswordMissing: "Enter a new password",
  confirmNewPasswordMissing: "Confirm your new password",
  newPasswordSame: "Your new password must be different from your current password",
} as const;
