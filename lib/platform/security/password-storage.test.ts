import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/lib/platform/db/client";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";

provideTestDatabase();

describe("password storage (PWD-5, PWD-7)", () => {
  it("PWD-5: argon2id with at least 19 MiB, two passes and one lane, the parameters and a random salt stored in the hash", async () => {
    const stored = await hashPassword("Quiet-Orchard-Bicycle-47!");
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$[A-Za-z0-9+/]+$/.exec(stored);
    expect(match, stored).not.toBeNull();
    const [, memory, passes, lanes, salt] = match!;
    expect(Number(memory)).toBeGreaterThanOrEqual(19_456);
    expect(Number(passes)).toBeGreaterThanOrEqual(2);
    expect(Number(lanes)).toBe(1);
    expect(Buffer.from(salt!, "base64").length).toBeGreaterThanOrEqual(16);
    expect(await hashPassword("Quiet-Orchard-Bicycle-47!"), "a fresh salt each time").not.toBe(stored);
    expect(await verifyPassword(stored, "Quiet-Orchard-Bicycle-47!")).toBe(true);
    expect(needsRehash(stored)).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"), "weaker hashes are upgraded at the next sign-in").toBe(true);
  });

  it("PWD-7: no password expiry, hint or security question anywhere in the schema", async () => {
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      db,
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const suspicious = columns.filter(({ column_name }) => /hint|question|secret_answer|password_(expires|changed|age)|expires_password/.test(column_name));
    expect(suspicious).toEqual([]);
  });
});
