import type { RateLimitRule } from "@/lib/platform/security/rate-limit";

/**
 * Registration's rate limits (RL-9, RL-10, RL-12, REG-4, RL-7). Every one can be overridden with
 * RATE_LIMIT_<NAME>=max/seconds, e.g. RATE_LIMIT_ACCOUNT_SEARCH_IP=200/900 (e2e raises the per-IP ones,
 * since all its traffic comes from one address).
 */
export const registrationLimits = {
  /** Searches per client IP (RL-10). */
  "account-search-ip": { max: 10, windowSeconds: 15 * 60 },
  /** Searches per browser (the pre-registration binding), found or not (RL-10). */
  "account-search-browser": { max: 10, windowSeconds: 15 * 60 },
  /** Searches that found nothing, per person (name + date of birth, whatever last four): REG-4's 3 a day. */
  "account-search-target": { max: 3, windowSeconds: 24 * 60 * 60 },
  /** Searches that found nothing, per last name + last four (whatever birth date): stops birth-date rotation (REG-4). */
  "account-search-name-ssn4": { max: 5, windowSeconds: 24 * 60 * 60 },
  /** Searches that found a record, per record (REG-4): one record cannot be fished for all day. */
  "account-search-record": { max: 10, windowSeconds: 24 * 60 * 60 },
  /** Failed claims per record (REG-4): stale, replayed or losing claims of one record. */
  "account-claim-target": { max: 3, windowSeconds: 24 * 60 * 60 },
  /** New-account submissions per client IP (RL-6). */
  "account-create-ip": { max: 10, windowSeconds: 60 * 60 },
  /** "Someone searched for your record" emails per record, so a search flood is not a mail flood. */
  "record-searched-email": { max: 3, windowSeconds: 24 * 60 * 60 },
  /**
   * Not a budget but a 24-hour tally: failed searches aimed at a record (same last name and last four,
   * another birth date or first name). A claim of a record with any warns its address on file (REG-4).
   */
  "record-failed-search": { max: 1_000_000, windowSeconds: 24 * 60 * 60 },
  /** "Resend confirmation email" per account (RL-7). */
  "confirmation-resend": { max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export type RegistrationLimiter = keyof typeof registrationLimits;
