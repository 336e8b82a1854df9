import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/platform/security/password-hash";
import type { users } from "@/lib/platform/db/schema";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import type { CredentialCatalog } from "./credential-catalog";
import type { CredentialRow } from "./credentials";
import { addDays, daysBetween, onDay } from "./dates";
import { agencyMessages, agencyNotification, expiringNotification, issuedNotification, type NotificationRow } from "./notifications";
import type { SeedPerson } from "./people";

/**
 * Accounts for a realistic share of the synthetic educators (about 15%, as in a portal some years
 * after launch), each with a few feed items. Nobody can sign in to them: they share one hash of a
 * random password that is thrown away, made once per run because argon2id is slow by design.
 */
export type UserRow = typeof users.$inferInsert & { id: string };
export type BulkAccount = { user: UserRow; passwordHash: string; notifications: NotificationRow[] };

export const bulkAccountShare = 0.15;

export function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString("base64url"));
}

/** Letters of the name, then the index: unique by construction and never equal to a demo username (those have no digits). */
export function bulkUsername(person: SeedPerson): string {
  const first = normalizeName(person.input.firstName).replace(/[^a-z]/g, "").slice(0, 1) || "x";
  const last = normalizeName(person.input.lastName).replace(/[^a-z]/g, "").slice(0, 24);
  return `${first}${last}${person.index}`;
}

export function seedBulkAccount(
  person: SeedPerson,
  credentials: CredentialRow[],
  context: { today: string; catalog: CredentialCatalog; passwordHash: string },
): BulkAccount | undefined {
  const { random } = person;
  if (!random.chance(bulkAccountShare)) return undefined;
  const { today, catalog } = context;
  const username = bulkUsername(person);
  const createdOn = addDays(today, -random.between(1, 1500));
  const verified = random.chance(0.9);
  const user: UserRow = {
    id: random.uuid(),
    educatorId: person.id,
    username,
    name: `${person.input.firstName} ${person.input.lastName}`,
    email: `${username.toLowerCase()}@${random.chance(0.5) ? "example.org" : "example.com"}`,
    emailVerified: verified ? onDay(createdOn, 16) : null,
    lastSignInAt: verified && random.chance(0.7) ? onDay(addDays(today, -random.between(0, daysBetween(createdOn, today))), 17) : null,
    createdAt: onDay(createdOn, 15),
  };

  const notifications: NotificationRow[] = [];
  const active = credentials.filter((credential) => credential.status === "active");
  for (const credential of active.slice(0, 2)) {
    notifications.push(issuedNotification(user.id, catalog, credential, random.chance(0.8)));
  }
  const soon = active.find((credential) => credential.expirationDate && daysBetween(today, credential.expirationDate) <= 90);
  if (soon) notifications.push(expiringNotification(user.id, catalog, soon, today));
  if (random.chance(0.5)) {
    notifications.push(agencyNotification(user.id, random.pick(agencyMessages), addDays(today, -random.between(0, 60)), random.chance(0.5)));
  }
  return { user, passwordHash: context.passwordHash, notifications };
}
