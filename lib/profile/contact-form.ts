import { z } from "zod";
import { optionalUsPhone } from "@/lib/platform/forms/us-phone";
import { profileMessages as text } from "./messages";

export const contactFields = ["phone", "addressLine1", "addressLine2", "city", "state", "postalCode"] as const;

const optional = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, text.tooLong(label, max))
    .transform((value) => value || null);

/** Phone and mailing address; all optional, but an address is either whole or absent. */
export const contactSchema = z
  .object({
    phone: optionalUsPhone,
    addressLine1: optional(100, "Address line 1"),
    addressLine2: optional(100, "Address line 2"),
    city: optional(60, "Town or city"),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .refine((value) => value === "" || /^[A-Z]{2}$/.test(value), text.stateFormat)
      .transform((value) => value || null),
    postalCode: z
      .string()
      .trim()
      .refine((value) => value === "" || /^\d{5}(-\d{4})?$/.test(value), text.postalCodeFormat)
      .transform((value) => value || null),
  })
  .superRefine((value, context) => {
    const anyAddress = value.addressLine1 || value.city || value.state || value.postalCode;
    if (!anyAddress) return;
    if (!value.addressLine1) context.addIssue({ code: "custom", path: ["addressLine1"], message: text.addressLine1Missing });
    if (!value.city) context.addIssue({ code: "custom", path: ["city"], message: text.cityMissing });
    if (!value.state) context.addIssue({ code: "custom", path: ["state"], message: text.stateMissing });
    if (!value.postalCode) context.addIssue({ code: "custom", path: ["postalCode"], message: text.postalCodeMissing });
  });
