import { z } from "zod";
import { emailSchema } from "@/lib/accounts/account-rules";

/** The profile's "Change email address" form (safe to import in the browser). */
export const emailChangeFields = ["newEmail", "currentPassword"] as const;

/** The registration rule for addresses: valid, at most 254 characters, stored trimmed and lower case. */
export const emailChangeSchema = z.object({ newEmail: emailSchema });

/** A form that may carry the SES-7 "Current password": also what the Microsoft link and unlink buttons send. */
export const reauthFields = ["currentPassword"] as const;
