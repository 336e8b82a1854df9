import { z } from "zod";
import { normalizeEmail } from "@/lib/platform/forms/email";
import { emailMessages } from "@/lib/platform/forms/messages";

/**
 * Account-creation rules shared by the claim and create forms (and safe to import in the browser).
 * Usernames: 3-64 letters, digits, ".", "_" or "-" (the users table's check constraint says the
 * same); uniqueness ignoring case is the unique index on lower(username), checked in username.ts.
 * Emails: valid and stored normalised (trimmed, lower case), which the users table also enforces.
 */
export const usernamePattern = /^[A-Za-z0-9._-]{3,64}$/;

export const usernameSchema = z
  .string()
  .trim()
  .min(1, "Enter a username")
  .min(3, "Your username must be at least 3 characters long")
  .max(64, "Your username must be 64 characters or fewer")
  .regex(usernamePattern, "Your username can only contain letters, numbers, full stops (.), underscores (_) and hyphens (-)");

export const emailSchema = z
  .string()
  .trim()
  .min(1, emailMessages.missing)
  .max(254, emailMessages.tooLong)
  .pipe(z.email(emailMessages.format))
  .transform(normalizeEmail);

export const personNameSchema = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${label.toLowerCase()}`)
    .max(100, `Your ${label.toLowerCase()} must be 100 characters or fewer`)
    // Letters (any script), spaces, hyphens, apostrophes and full stops: "O'Brien-Walsh", "St. John".
    .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u, `Your ${label.toLowerCase()} can only contain letters, spaces, hyphens and apostrophes`);
