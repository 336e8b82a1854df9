import { z } from "zod";
import { parseUsDate } from "@/lib/platform/forms/us-date";

export const announcementFields = ["announcementId", "title", "body", "startsOn", "endsOn"] as const;
export type AnnouncementField = Exclude<(typeof announcementFields)[number], "announcementId">;

const usDate = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .transform((value, context) => {
      const iso = parseUsDate(value);
      if (!iso) context.addIssue({ code: "custom", message: "Enter a real date as mm/dd/yyyy, for example 12/01/2026" });
      return iso ?? "";
    });

/** What an administrator types for an announcement; days are calendar days in the agency's time zone (agency-day.ts). */
export const announcementSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(120, "The title must be 120 characters or fewer"),
    body: z.string().trim().min(1, "Enter the announcement's text").max(2000, "The text must be 2000 characters or fewer"),
    startsOn: usDate("Enter the first day to show the announcement"),
    endsOn: z.union([z.literal("").transform(() => null), usDate("")]),
  })
  .refine((input) => !input.endsOn || !input.startsOn || input.endsOn >= input.startsOn, { path: ["endsOn"], message: "The last day must be on or after the first day" });

export type AnnouncementInput = z.infer<typeof announcementSchema>;
