/**
 * What the registration forms (account search, claim, create) say, word for word: e2e and the seed
 * guide check these texts, so they live here once and the use cases and schemas import them.
 */
export const ageLimits = { min: 16, max: 110 } as const;

export const registrationMessages = {
  /** The registration guide's own note, used as the field's error for anything but m/d/yyyy. */
  dateOfBirthFormat:
    "Please make sure to enter your date of birth in the format mm/dd/yyyy to include typing the forward slashes and the four-digit year.",
  dateOfBirthMissing: "Enter your date of birth",
  dateOfBirthFuture: "Your date of birth must be in the past",
  dateOfBirthAge: `You must be between ${ageLimits.min} and ${ageLimits.max} years old to register`,
  lastFourMissing: "Enter the last four digits of your Social Security number",
  lastFourFormat: "Enter the last four digits of your Social Security number, like 1234",
  ssnMissing: "Enter your Social Security number",
  ssnFormat: "Enter a Social Security number with 9 digits, like 123-45-6789",
  ssnNeverIssued: "Enter a valid Social Security number; this one has never been issued",
  passwordMissing: "Enter a password",
  confirmPasswordMissing: "Confirm your password",
  usernameTaken: "That username is already taken. Choose another",
  captchaFailed: "Confirm that you are not a robot: tick the box and wait for the check to finish",
} as const;
