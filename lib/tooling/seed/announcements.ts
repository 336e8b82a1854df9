import "server-only";
import { addDays } from "@/lib/platform/clock";
import type { Executor } from "@/lib/platform/db/client";
import { announcements } from "@/lib/platform/db/schema";
import { bulkInsert } from "./bulk-insert";
import { onDay } from "./dates";
import { stableUuid } from "./prng";

/**
 * The dashboard's announcements: three current ones and one that has ended (so the "only current"
 * filter has something to leave out). Fixed ids, so a re-run adds nothing.
 */
/** onDay() never returns a future time (right for past events); end dates ahead need the real noon. */
function noonOn(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export async function seedAnnouncements(executor: Executor, today: string): Promise<number> {
  const rows = [
    {
      key: "renewal-season",
      title: "Renewal season is open",
      body: "Certificates can now be renewed online. Apply at least 60 days before your certificate expires so the renewal is processed in time.",
      startsAt: onDay(addDays(today, -10), 12),
      endsAt: noonOn(addDays(today, 120)),
    },
    {
      key: "claim-your-record",
      title: "Claim your educator record",
      body: "Already certified? Search for your record and choose \"This is me!\" to create your account; your certificates and test scores are already there.",
      startsAt: onDay(addDays(today, -30), 12),
      endsAt: null,
    },
    {
      key: "maintenance-window",
      title: "Scheduled maintenance",
      body: "The portal will be unavailable Saturday night from 10 p.m. to 2 a.m. Eastern time for scheduled maintenance.",
      startsAt: onDay(addDays(today, -2), 12),
      endsAt: noonOn(addDays(today, 12)),
    },
    {
      key: "ended-testing-change",
      title: "Praxis testing changes (ended)",
      body: "This announcement has ended and should not be shown.",
      startsAt: onDay(addDays(today, -200), 12),
      endsAt: onDay(addDays(today, -100), 12),
    },
  ];
  const inserted = await bulkInsert(
    executor,
    announcements,
    rows.map(({ key, ...row }) => ({ id: stableUuid(`announcement:${key}`), ...row })),
    { onConflictDoNothing: true, returning: "id" },
  );
  return inserted.length;
}
