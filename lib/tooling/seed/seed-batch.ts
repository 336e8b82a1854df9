import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import {
  credentials,
  disciplinaryActions,
  educatorNames,
  educators,
  endorsements,
  notifications,
  passwordHashes,
  testScores,
  users,
  type NewEducator,
  type NewEducatorName,
} from "@/lib/platform/db/schema";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import type { PiiKeys } from "@/lib/platform/security/pii";
import { seedBulkAccount, type UserRow } from "./bulk-accounts";
import { bulkInsert } from "./bulk-insert";
import type { CredentialCatalog } from "./credential-catalog";
import { seedCredentials, type SeedRecordHistory } from "./credentials";
import type { NotificationRow } from "./notifications";
import { OrderedIds } from "./ordered-ids";
import { seedEducatorId, seedPerson } from "./people";

/** Everything one slice of synthetic educators writes, table by table. */
export type SeedBatch = SeedRecordHistory & {
  educators: NewEducator[];
  names: NewEducatorName[];
  users: UserRow[];
  passwordHashes: { userId: string; hash: string }[];
  notifications: NotificationRow[];
};

export type BatchContext = { today: string; catalog: CredentialCatalog; keys: PiiKeys; passwordHash: string };

export type SeedCounts = Record<
  "educators" | "names" | "credentials" | "endorsements" | "actions" | "testScores" | "users" | "notifications",
  number
>;

export function emptyCounts(): SeedCounts {
  return { educators: 0, names: 0, credentials: 0, endorsements: 0, actions: 0, testScores: 0, users: 0, notifications: 0 };
}

export function addCounts(into: SeedCounts, counts: SeedCounts): void {
  for (const key of Object.keys(into) as (keyof SeedCounts)[]) into[key] += counts[key];
}

/** Indices in [from, to) whose educator is not in the database yet (by deterministic id), in order. */
export async function missingIndices(executor: Executor, from: number, to: number): Promise<number[]> {
  const missing: number[] = [];
  for (let start = from; start < to; start += 5_000) {
    const ids = new Map<string, number>();
    for (let index = start; index < Math.min(to, start + 5_000); index += 1) ids.set(seedEducatorId(index), index);
    const existing = await executor.select({ id: educators.id }).from(educators).where(inArray(educators.id, [...ids.keys()]));
    for (const row of existing) ids.delete(row.id);
    missing.push(...ids.values());
  }
  return missing;
}

// One per thread, so the ids it hands out keep ascending from batch to batch.
const orderedIds = new OrderedIds();

export function buildBatch(indices: number[], context: BatchContext): SeedBatch {
  const batch: SeedBatch = {
    educators: [], names: [], credentials: [], endorsements: [], actions: [], testScores: [],
    users: [], passwordHashes: [], notifications: [],
  };
  for (const index of indices) {
    const person = seedPerson(index, context.today);
    const rows = buildEducatorRows(person.input, { keys: context.keys, id: person.id, publicId: person.publicId });
    batch.educators.push(rows.educator);
    batch.names.push(...rows.names);
    const history = seedCredentials(person.random, { index, educatorId: person.id, dateOfBirth: person.input.dateOfBirth }, context.today, context.catalog);
    batch.credentials.push(...history.credentials);
    batch.endorsements.push(...history.endorsements);
    batch.actions.push(...history.actions);
    batch.testScores.push(...history.testScores);
    const account = seedBulkAccount(person, history.credentials, context);
    if (account) {
      batch.users.push(account.user);
      batch.passwordHashes.push({ userId: account.user.id, hash: account.passwordHash });
      batch.notifications.push(...account.notifications);
    }
  }
  for (const rows of [batch.names, batch.endorsements, batch.actions, batch.testScores, batch.notifications]) {
    for (const row of rows) row.id = orderedIds.next();
  }
  return batch;
}

/**
 * Writes a batch in one transaction, so a run stopped half-way leaves whole people or none. A record
 * that already exists (same id, public id or SSN) is skipped with everything hanging from it; that is
 * what makes re-runs and larger follow-up runs add only the missing educators.
 */
export async function insertBatch(executor: Executor, batch: SeedBatch): Promise<SeedCounts> {
  return executor.transaction(async (tx) => {
    const counts = emptyCounts();
    const inserted = new Set(await bulkInsert(tx, educators, batch.educators, { onConflictDoNothing: true, returning: "id" }));
    if (inserted.size === 0) return counts;
    const mine = <T extends { educatorId: string }>(rows: T[]) => rows.filter((row) => inserted.has(row.educatorId));
    const names = mine(batch.names);
    const credentialRows = mine(batch.credentials);
    const credentialIds = new Set(credentialRows.map((row) => row.id));
    const endorsementRows = batch.endorsements.filter((row) => credentialIds.has(row.credentialId));
    const actionRows = mine(batch.actions);
    const scoreRows = mine(batch.testScores);
    await bulkInsert(tx, educatorNames, names);
    await bulkInsert(tx, credentials, credentialRows);
    await bulkInsert(tx, endorsements, endorsementRows);
    await bulkInsert(tx, disciplinaryActions, actionRows);
    await bulkInsert(tx, testScores, scoreRows);
    // A username someone registered by hand in development must not sink the batch: skip that account.
    const userIds = new Set(await bulkInsert(tx, users, mine(batch.users), { onConflictDoNothing: true, returning: "id" }));
    const hashes = batch.passwordHashes.filter((row) => userIds.has(row.userId));
    const feed = batch.notifications.filter((row) => userIds.has(row.userId));
    await bulkInsert(tx, passwordHashes, hashes);
    await bulkInsert(tx, notifications, feed);
    Object.assign(counts, {
      educators: inserted.size,
      names: names.length,
      credentials: credentialRows.length,
      endorsements: endorsementRows.length,
      actions: actionRows.length,
      testScores: scoreRows.length,
      users: userIds.size,
      notifications: feed.length,
    });
    return counts;
  });
}
