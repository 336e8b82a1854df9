import { passwordHashes, users } from "@/lib/platform/db/schema";
import { db } from "@/lib/platform/db/client";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";
import { testPerson } from "@/lib/tooling/testing/people";

/** Tests only: an account with a known password on the file's test database. */
export async function createTestAccount(username: string, password: string, email = `${username.toLowerCase()}@example.org`) {
  const rows = buildEducatorRows(testPerson());
  await insertEducator(db, rows);
  const [user] = await db.insert(users).values({ educatorId: rows.educator.id, username, email }).returning();
  await db.insert(passwordHashes).values({ userId: user!.id, hash: await hashPassword(password) });
  return user!;
}
