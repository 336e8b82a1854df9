// `DATABASE_URL=postgres://... npm run bench:register`: the server time of an account search with
// 2,000 and with 1,000,000 educators (it must not grow with the table: one indexed lookup), and of a
// claim, with the share spent hashing the password. Works in a throw-away database it creates and drops.
import "./load-env";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { resetConfig } from "@/lib/platform/config/env";
import { installDatabase, openDatabase, closeDatabase, type DatabaseHandle } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { insertEducator, searchRecords } from "@/lib/records/lookup";
import { addSyntheticRecords } from "@/lib/tooling/bench/synthetic-records";
import { claimRecord } from "@/lib/registration/claim-record";
import { createClaim } from "@/lib/registration/claims";
import { adminQuery, withDatabaseName } from "@/lib/tooling/testing/postgres-admin";

const sizes = [2_000, 1_000_000];
const searchesPerSize = 200;
const claims = 10;
const password = "Quiet-Orchard-Bicycle-47!";
const context = { ip: "192.0.2.1", userAgent: "bench-register" };

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms (n=${samples.length})`;
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

/** Real people, encrypted and fingerprinted like registrations, so half the searches find someone. */
async function addKnownPeople(handle: DatabaseHandle, count: number, offset: number) {
  const people = Array.from({ length: count }, (_, i) => ({
    firstName: "Known",
    lastName: `Person${String.fromCharCode(97 + (i % 26))}${offset + i}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!),
    dateOfBirth: "1980-05-17",
    ssn: `9${String(10 + ((offset + i) % 89))}${String(10 + ((offset + i) % 89))}${String(1000 + offset + i).slice(-4)}`,
    source: "seed" as const,
  }));
  const ids: string[] = [];
  for (const person of people) {
    const rows = buildEducatorRows(person);
    await insertEducator(handle.db, rows);
    ids.push(rows.educator.id);
  }
  return people.map((person, i) => ({ person, educatorId: ids[i]! }));
}

async function benchSearch(handle: DatabaseHandle, known: Awaited<ReturnType<typeof addKnownPeople>>) {
  const samples: number[] = [];
  for (let i = 0; i < searchesPerSize; i += 1) {
    const { person } = known[i % known.length]!;
    const miss = i % 2 === 1;
    const input = { firstName: person.firstName, lastName: person.lastName, dateOfBirth: person.dateOfBirth, ssnLastFour: miss ? "0001" : person.ssn.slice(-4) };
    const [ms, rows] = await time(() => searchRecords(handle.db, input));
    if (rows.length !== (miss ? 0 : 1)) throw new Error("the benchmark's search found the wrong records");
    samples.push(ms);
  }
  return samples;
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database).");
  const name = `bench_register_${process.pid}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  process.env.RATE_LIMIT_ACCOUNT_CLAIM_TARGET = "1000/60";
  resetConfig();
  const handle = openDatabase({ url: withDatabaseName(serverUrl, name), poolSize: 4 });
  installDatabase(handle);
  try {
    await migrateDatabase(handle);
    console.log(`Account search, server time of the lookup (searchRecords: ${searchesPerSize} searches, half found, half not):`);
    let present = 0;
    let knownOffset = 0;
    const known = await addKnownPeople(handle, 20, knownOffset);
    knownOffset += 20;
    for (const size of sizes) {
      const started = performance.now();
      await addSyntheticRecords(handle.db, present, size - known.length);
      present = size - known.length;
      const [{ count }] = (await handle.db.execute(sql`select count(*)::int as count from educators`)) as unknown as [{ count: number }];
      console.log(`  ${count.toLocaleString("en-US")} educators (filled in ${((performance.now() - started) / 1000).toFixed(0)} s): ${stats(await benchSearch(handle, known))}`);
    }

    const hashes: number[] = [];
    for (let i = 0; i < claims; i += 1) hashes.push((await time(() => hashPassword(password)))[0]);
    const claimTimes: number[] = [];
    const people = await addKnownPeople(handle, claims, knownOffset);
    for (const [i, { educatorId }] of people.entries()) {
      const browser = `bench-browser-${String(i).padStart(29, "0")}`;
      const token = await createClaim(handle.db, educatorId, browser);
      const values = { username: `bench.claim${i}`, email: `bench${i}@example.org`, password, confirmPassword: password };
      const [ms, outcome] = await time(() => claimRecord(token, browser, values, context));
      if (outcome.kind !== "created") throw new Error(`claim ${i} was not created: ${outcome.kind}`);
      claimTimes.push(ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(`Claim ("This is me!" → account, including the password policy check): ${stats(claimTimes)}`);
    console.log(`  argon2id hashing alone: ${stats(hashes)}; ${((median(hashes) / median(claimTimes)) * 100).toFixed(0)}% of a claim's median time`);
  } finally {
    await closeDatabase();
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  }
}

main().catch((error: unknown) => {
  console.error("bench:register failed:", error instanceof Error ? error.message : String(error));
  process.exit(1);
});
