import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { passwordHashes, users } from "@/lib/db/schema";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/testing/database";
import { testPerson } from "@/lib/testing/people";
import { checkUsernameAndPassword } from "./credentials";
import { hashPassword } from "./password-hash";

provideTestDatabase();

const password = "Correct-Horse-Battery-91!";

async function accountFor(username: string) {
  const rows = buildEducatorRows(testPerson());
  await insertEducator(db, rows);
  const [user] = await db.insert(users).values({ educatorId: rows.educator.id, username, email: `${username.toLowerCase()}@example.org` }).returning();
  await db.insert(passwordHashes).values({ userId: user!.id, hash: await hashPassword(password) });
  return user!;
}

describe("username and password check (AJS-10)", () => {
  it("accepts the right password, matching the username ignoring case, and returns only id and session version", async () => {
    const user = await accountFor("Ada.Lovelace");
    expect(await checkUsernameAndPassword({ username: "ada.LOVELACE", password })).toEqual({ id: user.id, sessionVersion: 1 });
  });

  it("refuses a wrong password, an unknown username and malformed input alike, with null", async () => {
    await accountFor("grace");
    expect(await checkUsernameAndPassword({ username: "grace", password: "wrong-password-entirely" })).toBeNull();
    expect(await checkUsernameAndPassword({ username: "nobody-here", password })).toBeNull();
    expect(await checkUsernameAndPassword({ username: "", password })).toBeNull();
    expect(await checkUsernameAndPassword("not an object")).toBeNull();
  });
});
