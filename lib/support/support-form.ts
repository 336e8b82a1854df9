import { z } from "zod";
import { emailMessages } from "@/lib/platform/forms/messages";
import { optionalUsPhone } from "@/lib/platform/forms/us-phone";
import type { SupportTopic } from "@/lib/platform/db/schema/enums";
import { supportMessages as text } from "./messages";
import { containsSsnShape } from "./ssn-shape";

/** The topics people choose from, in the order shown; values are the support_topic enum. */
export const supportTopics: { value: SupportTopic; label: string }[] = [
  { value: "sign_in", label: "Signing in" },
  { value: "registration", label: "Registering for an account" },
  { value: "lost_email_access", label: "I no longer have access to my email" },
  { value: "credentials", label: "My credentials" },
  { value: "payment", label: "Payment" },
  { value: "other", label: "Something else" },
];

export function supportTopicLabel(topic: SupportTopic): string {
  return supportTopics.find((entry) => entry.value === topic)?.label ?? topic;
}

/** `?topic=lost_email_access` preselects a topic (the registration page links here with it). */
export function topicFromQuery(value: string | string[] | undefined): SupportTopic | undefined {
  return supportTopics.find((entry) => entry.value === value)?.value;
}

export const supportFields = ["name", "email", "phone", "topic", "message"] as const;

const noSsn = (text: string) => !containsSsnShape(text);

/** One schema for the action and the tests; its messages are in ./messages.ts. */
export const supportFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, text.nameMissing)
    .max(120, text.nameTooLong)
    .refine(noSsn, text.ssnRefusal),
  email: z
    .string()
    .trim()
    .min(1, emailMessages.missing)
    .max(254, emailMessages.tooLong)
    .pipe(z.email(emailMessages.format))
    .transform((value) => value.toLowerCase()),
  phone: optionalUsPhone,
  topic: z.enum(supportTopics.map((entry) => entry.value) as [SupportTopic, ...SupportTopic[]], text.topicMissing),
  message: z
    .string()
    .trim()
    .min(1, text.messageMissing)
    .max(4000, text.messageTooLong)
    .refine(noSsn, text.ssnRefusal),
});

export type SupportFormInput = z.infer<typeof supportFormSchema>;
