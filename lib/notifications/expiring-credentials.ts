import "server-only";
import { sql } from "drizzle-orm";
import { addDays, today } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { EXPIRING_WITHIN_DAYS } from "@/lib/dashboard/expiry";
import { registerScheduledTask } from "@/lib/platform/email/delivery-loop";

/** The dedupe key: once per credential and expiration date (a renewal that moves the date earns a new notice). */
export function expiringDedupeKey(credentialId: string, expirationDate: string): string {
  return `credential-expiring:${credentialId}:${expirationDate}`;
}

/**
 * Writes a "Certificate expiring soon" notification for every active credential of an account that
 * expires within 90 days and has not had one. One INSERT … SELECT over the partial index
 * credentials_active_expiration_idx; ON CONFLICT on notifications.dedupe_key makes it idempotent and
 * safe when every instance runs it at once. Returns how many were written.
 */
export async function queueExpiringCredentialNotifications(executor: Executor = db): Promise<number> {
  const from = today();
  const until = addDays(from, EXPIRING_WITHIN_DAYS);
  const result = await executor.execute(sql`
    insert into notifications (user_id, kind, title, body, link_path, dedupe_key, created_at)
    select u.id, 'credential_expiring', 'Certificate expiring soon',
           'Your ' || t.name || coalesce(' (' || c.area || ')', '') || ', certificate ' || c.certificate_number ||
           ', expires on ' || to_char(c.expiration_date, 'MM/DD/YYYY') || '. Apply to renew it before then.',
           '/apply', 'credential-expiring:' || c.id || ':' || c.expiration_date::text, now()
    from credentials c
    join users u on u.educator_id = c.educator_id
    join credential_types t on t.id = c.credential_type_id
    where c.status = 'active' and c.expiration_date >= ${from}::date and c.expiration_date <= ${until}::date
    on conflict (dedupe_key) do nothing
    returning id`);
  return Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0);
}

/** Daily-ish: every hour is cheap (the conflict check skips what was sent) and catches new credentials soon. */
export function registerExpiringCredentialsTask(): void {
  registerScheduledTask("credential-expiring-notifications", 60 * 60_000, async () => {
    await queueExpiringCredentialNotifications();
  });
}
