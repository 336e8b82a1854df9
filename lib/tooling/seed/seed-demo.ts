import "server-only";
import { inArray } from "drizzle-orm";
import { addDays, addYears } from "@/lib/platform/clock";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { getConfig } from "@/lib/platform/config/env";
import type { Executor } from "@/lib/platform/db/client";
import { notifications, passwordHashes, users } from "@/lib/platform/db/schema";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { newPublicId } from "@/lib/records/public-id";
import { bulkInsert } from "./bulk-insert";
import { catalogEntry } from "./credential-catalog";
import type { CredentialRow } from "./credentials";
import { daysBetween, onDay } from "./dates";
import { demoAccounts, type DemoAccount } from "./demo-accounts";
import { demoPeople, type DateOffset, type DemoPerson } from "./demo-people";
import { expiringNotification, issuedNotification, statusChangedNotification, type NotificationRow } from "./notifications";
import { SeedRandom, stableUuid } from "./prng";
import { insertBatch, type BatchContext, type SeedBatch } from "./seed-batch";

export type DemoContext = Omit<BatchContext, "passwordHash">;

export function demoEducatorId(person: DemoPerson): string {
  return stableUuid(`demo-person:${person.key}`);
}

/** The demo person's public educator ID (for /search/[publicId]); the same on every run. */
export function demoPublicId(person: DemoPerson): string {
  const random = SeedRandom.for(`demo-person:${person.key}`, 0);
  return newPublicId((max) => random.int(max));
}

function resolve(today: string, offset: DateOffset): string {
  return addDays(addYears(today, offset.years ?? 0), offset.days ?? 0);
}

function demoCredentialRows(person: DemoPerson, context: DemoContext): CredentialRow[] {
  return person.credentials.map((spec) => {
    const entry = catalogEntry(context.catalog, spec.type);
    const effectiveDate = resolve(context.today, spec.effective);
    const expirationDate = spec.expires ? resolve(context.today, spec.expires) : null;
    const changed = spec.statusChanged ? resolve(context.today, spec.statusChanged) : spec.status === "expired" && expirationDate ? expirationDate : effectiveDate;
    return {
      id: stableUuid(`demo-credential:${spec.certificateNumber}`),
      educatorId: demoEducatorId(person),
      credentialTypeId: entry.id,
      certificateNumber: spec.certificateNumber,
      area: spec.area,
      gradeRange: entry.definition.grades,
      rank: spec.rank,
      status: spec.status,
      effectiveDate,
      expirationDate,
      statusChangedAt: onDay(changed),
    };
  });
}

function demoBatch(person: DemoPerson, context: DemoContext): SeedBatch {
  const educatorId = demoEducatorId(person);
  const rows = buildEducatorRows(
    {
      firstName: person.firstName,
      middleName: person.middleName,
      lastName: person.lastName,
      suffix: person.suffix,
      formerNames: (person.formerLastNames ?? []).map((lastName) => ({ lastName })),
      showFormerNames: person.showFormerNames ?? true,
      dateOfBirth: person.dateOfBirth,
      ssn: person.ssn,
      emailOnFile: person.emailOnFile ?? null,
      source: "seed",
    },
    { keys: context.keys, id: educatorId, publicId: demoPublicId(person) },
  );
  const credentialRows = demoCredentialRows(person, context);
  const today = context.today;
  return {
    educators: [rows.educator],
    names: rows.names,
    credentials: credentialRows,
    endorsements: person.credentials.flatMap((spec, i) =>
      (spec.endorsements ?? []).map((e) => ({ credentialId: credentialRows[i]!.id, name: e.name, effectiveDate: resolve(today, e.effective) })),
    ),
    actions: person.credentials.flatMap((spec, i) => {
      const action = spec.publicAction;
      if (!action) return [];
      const date = resolve(today, action.date);
      return [{
        educatorId,
        credentialId: credentialRows[i]!.id,
        actionType: action.type,
        actionDate: date,
        effectiveFrom: action.type === "reprimand" ? null : date,
        effectiveUntil: action.until ? resolve(today, action.until) : null,
        summary: action.summary,
      }];
    }),
    testScores: (person.testScores ?? []).map((score) => ({
      educatorId, testCode: score.code, testName: score.name, score: score.score, passingScore: score.passing,
      testDate: resolve(today, score.taken), reportedBy: "ETS",
    })),
    users: [], passwordHashes: [], notifications: [],
  };
}

/** Writes the named demo people (claimable ones and those behind demo accounts); existing ones are left alone. */
export async function seedDemoPeople(executor: Executor, context: DemoContext): Promise<number> {
  let inserted = 0;
  for (const person of [...demoPeople, ...demoAccounts.map((account) => account.person)]) {
    inserted += (await insertBatch(executor, demoBatch(person, context))).educators;
  }
  return inserted;
}

export type DemoAccountsOutcome = { created: number; refused: boolean };

/**
 * Accounts with published passwords would be a way in to a real deployment, so production never gets
 * them: the records are seeded, the accounts are not, and the caller is told.
 */
export async function seedDemoAccounts(executor: Executor, context: DemoContext): Promise<DemoAccountsOutcome> {
  if (getConfig().isProduction) return { created: 0, refused: true };
  let created = 0;
  const ids = demoAccounts.map((account) => stableUuid(`demo-account:${account.username}`));
  const existing = new Set((await executor.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((row) => row.id));
  for (const account of demoAccounts) {
    const userId = stableUuid(`demo-account:${account.username}`);
    if (existing.has(userId)) continue; // argon2id is slow on purpose: do not hash for nothing
    const feed = demoNotifications(userId, account, demoCredentialRows(account.person, context), context);
    const hash = await hashPassword(account.password);
    const made = await executor.transaction(async (tx) => {
      const [inserted] = await bulkInsert(tx, users, [demoUser(userId, account, context.today)], { onConflictDoNothing: true, returning: "id" });
      if (!inserted) return false;
      await bulkInsert(tx, passwordHashes, [{ userId, hash }]);
      await bulkInsert(tx, notifications, feed);
      return true;
    });
    if (made) created += 1;
  }
  return { created, refused: false };
}

function demoUser(id: string, account: DemoAccount, today: string) {
  const person = account.person;
  const joined = account.emailVerified ? addDays(today, -400) : today;
  return {
    id,
    educatorId: demoEducatorId(person),
    username: account.username,
    name: `${person.firstName} ${person.lastName}`,
    email: account.email.trim().toLowerCase(),
    emailVerified: account.emailVerified ? onDay(joined, 16) : null,
    createdAt: onDay(joined, 15),
  };
}

function demoNotifications(userId: string, account: DemoAccount, credentialRows: CredentialRow[], context: DemoContext): NotificationRow[] {
  const feed: NotificationRow[] = [];
  for (const credential of credentialRows) {
    if (credential.status === "active") {
      feed.push(issuedNotification(userId, context.catalog, credential, true));
      const left = credential.expirationDate ? daysBetween(context.today, credential.expirationDate) : Infinity;
      if (left <= 90) feed.push(expiringNotification(userId, context.catalog, credential, context.today));
    } else if (credential.status !== "expired") {
      feed.push(statusChangedNotification(userId, context.catalog, credential));
    }
  }
  for (const message of account.agencyMessages) {
    const day = addDays(context.today, -message.daysAgo);
    feed.push({ userId, kind: "agency_message", title: message.title, body: message.body, readAt: message.read ? onDay(day, 18) : null, createdAt: onDay(day, 13) });
  }
  return feed;
}
