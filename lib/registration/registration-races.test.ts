import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { context, goodPassword, insertPerson } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { educators, registrationClaims, users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { claimRecord } from "./claim-record";
import { createClaim } from "./claims";
import { createAccountWithRecord } from "./create-account";

const testDb = provideTestDatabase();

beforeEach(() => {
  setClock(new Date());
  useTestEnv({ RATE_LIMIT_ACCOUNT_CREATE_IP: "1000/3600" });
});
afterEach(restoreTestEnv);

/**
 * Runs `contenders` while a separate connection holds `table` in EXCLUSIVE mode, releasing it only once
 * both contenders' transactions are waiting on it: their INSERTs then really race, each on its own
 * pooled connection, and the unique index (not luck or timing) decides the winner (REG-6).
 */
async function raceOn<T>(table: string, contenders: (() => Promise<T>)[]): Promise<T[]> {
  const gate = postgres(testDb.current().url!, { max: 1, onnotice: () => {} });
  try {
    let results: Promise<T[]> | undefined;
    await gate.begin(async (tx) => {
      await tx.unsafe(`lock table ${table} in exclusive mode`);
      results = Promise.all(contenders.map((run) => run()));
      const settled = results.then(() => "settled" as const);
      for (let waited = 0; ; waited += 50) {
        // A contender that finished before reaching the lock would make this wait forever.
        if ((await Promise.race([settled, Promise.resolve("running" as const)])) === "settled") break;
        // pg_locks is read live; pg_stat_activity would be one snapshot for the whole transaction.
        const [row] = await tx`select count(distinct pid)::int as waiting from pg_locks where not granted`;
        if (row!.waiting >= contenders.length) break;
        if (waited > 20_000) throw new Error(`only ${row!.waiting} contenders reached the lock`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    return await results!;
  } finally {
    await gate.end();
  }
}

describe.runIf(Boolean(process.env.DATABASE_URL))("registration races on PostgreSQL (REG-6)", () => {
  it("two browsers claim one record at the same moment: exactly one account, the other is told plainly", async () => {
    const { educatorId } = await insertPerson();
    const browsers = ["race-browser-a-00000000000000000000000000000", "race-browser-b-00000000000000000000000000000"];
    const tokens = [await createClaim(db, educatorId, browsers[0]!), await createClaim(db, educatorId, browsers[1]!)];
    const outcomes = await raceOn("users", [0, 1].map((i) => () =>
      claimRecord(tokens[i], browsers[i], { username: `racer${i}`, email: `racer${i}@example.org`, password: goodPassword, confirmPassword: goodPassword }, context),
    ));
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["already-claimed", "created"]);
    expect(await db.select().from(users).where(eq(users.educatorId, educatorId))).toHaveLength(1);
    const claims = await db.select().from(registrationClaims).where(eq(registrationClaims.educatorId, educatorId));
    expect(claims.filter((claim) => claim.consumedAt !== null), "the loser's claim rolled back with its transaction").toHaveLength(1);
  });

  it("two new accounts with one SSN at the same moment: one record, one account, the other gets the generic answer", async () => {
    const before = (await db.select({ id: educators.id }).from(educators)).length;
    const captchas = [await solvedCaptcha("account-create"), await solvedCaptcha("account-create")];
    const outcomes = await raceOn("educators", [0, 1].map((i) => () =>
      createAccountWithRecord(
        {
          username: `ssnracer${i}`, email: `ssnracer${i}@example.org`, password: goodPassword, confirmPassword: goodPassword,
          firstName: ["Ann", "Bea"][i]!, lastName: "Racer", dateOfBirth: "04/05/1980", ssn: "955-77-4242",
        },
        captchas[i]!,
        context,
      ),
    ));
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["created", "ssn-in-use"]);
    expect(await db.select({ id: educators.id }).from(educators)).toHaveLength(before + 1);
    expect(await db.select().from(users).where(eq(users.username, "ssnracer0"))).toHaveLength(outcomes[0]!.kind === "created" ? 1 : 0);
  });
});
