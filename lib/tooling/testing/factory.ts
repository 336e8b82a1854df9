import { db } from "@/lib/platform/db/client";
import { emailOutbox, passwordHashes, users } from "@/lib/platform/db/schema";
import { openBody, type SealedBody } from "@/lib/platform/email/sealed-body";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { buildEducatorRows, type EducatorInput } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";

/**
 * The one factory for test data on the file's test database (provideTestDatabase()): synthetic people,
 * their records, accounts on them (with or without a known password), and the outbox they are mailed
 * through. Tests only; nothing in lib/ or app/ imports it.
 *
 *   const { person, educatorId } = await insertPerson({ lastName: "Núñez" });   // a record, no account
 *   const account = await insertTestAccount();                                  // a record with an account
 *   const user = await createTestAccount("ada", goodPassword);                  // ... that can sign in
 *   expect(await outboxTo(user.email)).toHaveLength(1);
 */

/** A password that passes the portal's rules (15+ characters, every class, nothing common). */
export const goodPassword = "Quiet-Orchard-Bicycle-47!";

/** The request facts a use case is given when the test does not care which client it was. */
export const context = { ip: "203.0.113.7", userAgent: "vitest" };

let people = 0;

/** A synthetic person (SSN area 900-999, never issued) unique within the test run. Not stored. */
export function testPerson(overrides: Partial<EducatorInput> = {}): EducatorInput {
  people += 1;
  const serial = String(1000 + ((process.pid * 7 + people) % 9000)).padStart(4, "0");
  const group = String(10 + (people % 89)).padStart(2, "0");
  return {
    firstName: "Test",
    lastName: `Person${people}`,
    dateOfBirth: "1980-05-17",
    ssn: `9${String(people % 100).padStart(2, "0")}${group}${serial}`,
    source: "seed",
    ...overrides,
  };
}

/** The rows of a new synthetic person's record (educator, names, fingerprints), not stored. */
export function testEducatorRows(overrides: Partial<EducatorInput> = {}) {
  return buildEducatorRows(testPerson(overrides));
}

/** A record in the database; returns the person and the record's ids. */
export async function insertPerson(overrides: Partial<EducatorInput> = {}) {
  const person = testPerson(overrides);
  const rows = buildEducatorRows(person);
  await insertEducator(db, rows);
  return { person, educatorId: rows.educator.id, publicId: rows.educator.publicId };
}

/** The account-search form's fields for `person` (optionally under another last name). */
export function searchInputOf(person: EducatorInput, lastName = person.lastName) {
  return { firstName: person.firstName, lastName, dateOfBirth: person.dateOfBirth, lastFourSsn: person.ssn.slice(-4) };
}

/** A new record with an account on it: the one way both account helpers below write one. */
async function insertAccount(
  account: { username: string; email: string; password?: string; named?: boolean },
  overrides: Partial<EducatorInput> = {},
) {
  const { person, educatorId, publicId } = await insertPerson(overrides);
  const [user] = await db
    .insert(users)
    .values({ educatorId, username: account.username, email: account.email, ...(account.named ? { name: `${person.firstName} ${person.lastName}` } : {}) })
    .returning();
  if (account.password !== undefined) await db.insert(passwordHashes).values({ userId: user!.id, hash: await hashPassword(account.password) });
  return { user: user!, person, educatorId, publicId };
}

let accounts = 0;

/** A record with an account on it (named after the person, no password); returns the ids and the person. */
export async function insertTestAccount(overrides: Partial<EducatorInput> = {}) {
  accounts += 1;
  const username = `tester${process.pid}x${accounts}`;
  const { user, person, educatorId, publicId } = await insertAccount({ username, email: `${username}@example.org`, named: true }, overrides);
  return { userId: user.id, email: user.email, username, educatorId, publicId, person };
}

/** An account with a known password (on a new synthetic record); returns the users row. */
export async function createTestAccount(username: string, password: string, email = `${username.toLowerCase()}@example.org`) {
  return (await insertAccount({ username, email, password })).user;
}

/** Every message queued to `address`, oldest first as stored, with its sealed body opened (TOK-1). */
export async function outboxTo(address: string) {
  const rows = await db.select().from(emailOutbox);
  return rows.filter((row) => row.toAddress === address).map(openedOutboxRow);
}

/** An outbox row as its recipient reads it: the stored body is ciphertext (lib/platform/email/sealed-body.ts). */
export function openedOutboxRow<Row extends SealedBody>(row: Row): Row {
  return { ...row, ...openBody(row) };
}

