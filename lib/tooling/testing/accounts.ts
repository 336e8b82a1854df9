import { db } from "@/lib/platform/db/client";
import { emailOutbox, users } from "@/lib/platform/db/schema";
import { buildEducatorRows, type EducatorInput } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";
import { testPerson } from "./people";

let accounts = 0;

/** Tests only: a record with an account on it (no password); returns the ids and the person. */
export async function insertTestAccount(overrides: Partial<EducatorInput> = {}) {
  accounts += 1;
  const person = testPerson(overrides);
  const rows = buildEducatorRows(person);
  await insertEducator(db, rows);
  const username = `tester${process.pid}x${accounts}`;
  const [user] = await db
    .insert(users)
    .values({ educatorId: rows.educator.id, username, name: `${person.firstName} ${person.lastName}`, email: `${username}@example.org` })
    .returning({ id: users.id, email: users.email });
  return { userId: user!.id, email: user!.email, username, educatorId: rows.educator.id, publicId: rows.educator.publicId, person };
}

export async function outboxTo(address: string) {
  const rows = await db.select().from(emailOutbox);
  return rows.filter((row) => row.toAddress === address);
}

export { solvedCaptcha } from "@/lib/tooling/testing/captcha";
