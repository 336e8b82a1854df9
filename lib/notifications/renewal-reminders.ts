import "server-only";
import { sql } from "drizzle-orm";
import { renewalReminderMessage } from "@/components/emails/renewal-reminder";
import { today } from "@/lib/platform/clock";
import { formatRecordDate } from "@/lib/platform/dates";
import { db, type Executor } from "@/lib/platform/db/client";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmails } from "@/lib/platform/email/outbox";
import { registerScheduledTask } from "@/lib/platform/email/delivery-loop";

/** Reminder emails go out this many days before a credential expires, once each. */
export const REMINDER_STAGES = [90, 30, 7] as const;

// One run's work at most; the next run (an hour later) takes the rest.
const BATCH = 200;

type DueReminder = {
  credential_id: string;
  expiration_date: string;
  days_before: number;
  days_left: number;
  user_id: string;
  email: string;
  name: string | null;
  username: string;
  type_name: string;
  area: string | null;
  certificate_number: string;
};

/**
 * Emails renewal reminders that are due: for each active credential of an account with a confirmed
 * address, expiring within 90 days, the tightest stage it has reached (a credential first seen 20 days
 * out gets the 30-day reminder, not a late 90-day one too). Nothing goes to an unconfirmed address
 * (it may be a stranger's typo) or to someone who turned reminders off.
 *
 * Once only, also when every instance runs this at the same moment: the reminder row (primary key
 * credential, expiration date, stage) and its outbox row are written in one transaction, and a
 * concurrent run's insert of the same key waits for that commit, then inserts nothing and so sends
 * nothing. Returns how many reminders were sent.
 */
export async function sendDueRenewalReminders(executor: Executor = db): Promise<number> {
  const from = today();
  return executor.transaction(async (tx) => {
    const due = await tx.execute(sql`
      with candidates as (
        select c.id as credential_id, c.expiration_date::text as expiration_date, (c.expiration_date - ${from}::date) as days_left,
               u.id as user_id, u.email, u.name, u.username, t.name as type_name, c.area, c.certificate_number
        from credentials c
        join users u on u.educator_id = c.educator_id
        join credential_types t on t.id = c.credential_type_id
        left join notification_preferences p on p.user_id = u.id
        where c.status = 'active' and c.expiration_date between ${from}::date and ${from}::date + ${REMINDER_STAGES[0]}::int
          and u.email_verified_at is not null and coalesce(p.renewal_reminder_emails, true)
      ), staged as (
        select *, case when days_left <= ${REMINDER_STAGES[2]}::int then ${REMINDER_STAGES[2]}::int
                       when days_left <= ${REMINDER_STAGES[1]}::int then ${REMINDER_STAGES[1]}::int
                       else ${REMINDER_STAGES[0]}::int end as days_before
        from candidates
      ), claimed as (
        insert into renewal_reminders (credential_id, expiration_date, days_before, user_id, sent_at)
        select s.credential_id, s.expiration_date::date, s.days_before, s.user_id, now() from staged s
        where not exists (select 1 from renewal_reminders r
                          where r.credential_id = s.credential_id and r.expiration_date = s.expiration_date::date and r.days_before = s.days_before)
        order by s.expiration_date limit ${BATCH}::int
        on conflict do nothing
        returning credential_id, days_before
      )
      select s.* from staged s join claimed k on k.credential_id = s.credential_id and k.days_before = s.days_before`);
    const rows = (Array.isArray(due) ? due : (due as { rows: unknown[] }).rows) as DueReminder[];
    await enqueueEmails(
      tx,
      rows.map((row) =>
        renewalReminderMessage(row.email, {
          name: row.name ?? row.username,
          credential: row.area ? `${row.type_name} (${row.area})` : row.type_name,
          certificateNumber: row.certificate_number,
          expires: formatRecordDate(row.expiration_date),
          daysLeft: Number(row.days_left),
          applyUrl: appLink("/apply"),
          preferencesUrl: appLink("/profile", {}) + "#notification-preferences",
        }),
      ),
    );
    return rows.length;
  });
}

/** Hourly, as the in-portal "expiring soon" notice: cheap when nothing is due, and new credentials are caught soon. */
export function registerRenewalRemindersTask(): void {
  registerScheduledTask("renewal-reminder-emails", 60 * 60_000, async () => {
    await sendDueRenewalReminders();
  });
}
