import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { getConfig, type Config } from "@/lib/platform/config/env";
import { db as appDb, type Executor } from "@/lib/platform/db/client";
import {
  auditEvents,
  emailOutbox,
  microsoftLinkIntents,
  oneTimeTokens,
  pendingMicrosoftLinks,
  rateLimitCounters,
  registrationClaims,
} from "@/lib/platform/db/schema";
import { log } from "@/lib/platform/observability/log";
import { purgeUsedCaptchaChallenges } from "@/lib/platform/security/captcha";

/**
 * The portal's one retention policy (README "Retention"). Each row kind is kept for a period after
 * the moment it stopped being useful, then deleted:
 *
 * | what                                      | kept after                | period                           |
 * |-------------------------------------------|---------------------------|----------------------------------|
 * | sent email (address, subject and body)    | sent_at                   | RETENTION_SENT_EMAIL_DAYS (30)   |
 * | failed email (never delivered)            | created_at                | RETENTION_FAILED_EMAIL_DAYS (90) |
 * | one-time tokens, registration claims,     | expires_at (used or not)  | RETENTION_EXPIRED_TOKEN_DAYS (7) |
 * |   pending and intended Microsoft links    |                           |                                  |
 * | used captcha challenges, rate-limit rows  | expires_at                | none: useless once expired       |
 * | audit events                              | occurred_at               | RETENTION_AUDIT_DAYS (2555, 7 y) |
 *
 * Pending and sending email is never purged, whatever its age: the outbox must not lose a message.
 * A few days of expired tokens let support answer "my link did not work"; audit events are kept
 * longest because they are the record of who did what. Every DELETE is idempotent, so every
 * instance may run this at the same time: the background loop does, hourly (retentionPurgeTask).
 */
export type PurgeReport = {
  sentEmails: number;
  failedEmails: number;
  oneTimeTokens: number;
  registrationClaims: number;
  microsoftLinks: number;
  captchaChallenges: number;
  rateLimitCounters: number;
  auditEvents: number;
};

type Periods = Pick<Config, "RETENTION_SENT_EMAIL_DAYS" | "RETENTION_FAILED_EMAIL_DAYS" | "RETENTION_EXPIRED_TOKEN_DAYS" | "RETENTION_AUDIT_DAYS">;

const DAY_MS = 24 * 60 * 60_000;

/** Deletes what the policy says has been kept long enough, and counts it per kind. */
export async function purgeExpiredData(executor: Executor = appDb, periods: Periods = getConfig()): Promise<PurgeReport> {
  const at = now().getTime();
  const before = (days: number) => new Date(at - days * DAY_MS);
  const tokenCutoff = before(periods.RETENTION_EXPIRED_TOKEN_DAYS);
  const count = async (query: Promise<unknown[]>) => (await query).length;
  const one = sql`1`;

  return {
    sentEmails: await count(
      executor
        .delete(emailOutbox)
        .where(and(eq(emailOutbox.status, "sent"), lt(emailOutbox.sentAt, before(periods.RETENTION_SENT_EMAIL_DAYS))))
        .returning({ one }),
    ),
    failedEmails: await count(
      executor
        .delete(emailOutbox)
        .where(and(eq(emailOutbox.status, "failed"), lt(emailOutbox.createdAt, before(periods.RETENTION_FAILED_EMAIL_DAYS))))
        .returning({ one }),
    ),
    oneTimeTokens: await count(executor.delete(oneTimeTokens).where(lt(oneTimeTokens.expiresAt, tokenCutoff)).returning({ one })),
    registrationClaims: await count(executor.delete(registrationClaims).where(lt(registrationClaims.expiresAt, tokenCutoff)).returning({ one })),
    microsoftLinks:
      (await count(executor.delete(pendingMicrosoftLinks).where(lt(pendingMicrosoftLinks.expiresAt, tokenCutoff)).returning({ one }))) +
      (await count(executor.delete(microsoftLinkIntents).where(lt(microsoftLinkIntents.expiresAt, tokenCutoff)).returning({ one }))),
    captchaChallenges: await purgeUsedCaptchaChallenges(executor),
    rateLimitCounters: await count(executor.delete(rateLimitCounters).where(lt(rateLimitCounters.expiresAt, new Date(at))).returning({ one })),
    auditEvents: await count(executor.delete(auditEvents).where(lt(auditEvents.occurredAt, before(periods.RETENTION_AUDIT_DAYS))).returning({ one })),
  };
}

/** One line for logs and the CLI: "sentEmails=3 failedEmails=0 …" (counts only, nothing personal). */
export function describePurge(report: PurgeReport): { count: number; outcome: string } {
  const entries = Object.entries(report);
  return { count: entries.reduce((sum, [, n]) => sum + n, 0), outcome: entries.map(([kind, n]) => `${kind}=${n}`).join(" ") };
}

/** The background loop's hourly task (lib/platform/email/delivery-loop.ts); `npm run maintenance:purge` runs it by hand. */
export const retentionPurgeTask = {
  name: "retention-purge",
  everyMs: 60 * 60_000,
  run: async (): Promise<void> => {
    log.info("retention.purged", { phase: "scheduled", ...describePurge(await purgeExpiredData()) });
  },
};
