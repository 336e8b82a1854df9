import "server-only";
import type { Executor } from "@/lib/platform/db/client";
import { passwordHashes, users } from "@/lib/platform/db/schema";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";

export type BenchAccount = { username: string; password: string };

/** Not in the common-password dictionary, so a sign-in never turns into a forced change (PWD-4). */
export const benchPassword = "Quiet-Orchard-Bicycle-47!";

/** Letters only (names are letters); index 27 → "bb". */
function letters(index: number): string {
  let out = "";
  for (let n = index; ; n = Math.floor(n / 26) - 1) {
    out = String.fromCharCode(97 + (n % 26)) + out;
    if (n < 26) return out;
  }
}

/**
 * `count` educators with an account each, all with the same password. One argon2id hash is shared
 * (hashing is slow by design and the point is to time verification, which is the same for each),
 * so the pool is ready in seconds. SSNs are in the never-issued 9xx area.
 */
export async function seedBenchAccounts(executor: Executor, count: number): Promise<{ accounts: BenchAccount[]; hash: string }> {
  const hash = await hashPassword(benchPassword);
  const accounts: BenchAccount[] = [];
  for (let i = 0; i < count; i += 1) {
    const ssn = `9${String(i % 100).padStart(2, "0")}${String(10 + Math.floor(i / 100)).padStart(2, "0")}${String(1000 + i).padStart(4, "0")}`;
    const rows = buildEducatorRows({ firstName: "Bench", lastName: `Signin${letters(i)}`, dateOfBirth: "1980-05-17", ssn, source: "seed" });
    await insertEducator(executor, rows);
    const username = `bench.signin${i}`;
    const [user] = await executor
      .insert(users)
      .values({ educatorId: rows.educator.id, username, name: `Bench Signin${letters(i)}`, email: `${username}@example.org` })
      .returning({ id: users.id });
    await executor.insert(passwordHashes).values({ userId: user!.id, hash });
    accounts.push({ username, password: benchPassword });
  }
  return { accounts, hash };
}
