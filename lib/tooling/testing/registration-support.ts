import { vi } from "vitest";
import { resetConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";
import { testPerson } from "@/lib/tooling/testing/people";
import type { EducatorInput } from "@/lib/records/educator-rows";

/** Tests only. A cheap captcha cost and the given rate-limit overrides, then the config re-read. */
export function useTestEnv(overrides: Record<string, string> = {}): void {
  vi.stubEnv("ALTCHA_COST", "1");
  for (const [name, value] of Object.entries(overrides)) vi.stubEnv(name, value);
  resetConfig();
}

/** A record in the database; returns the person and the record id. */
export async function insertPerson(overrides: Partial<EducatorInput> = {}) {
  const person = testPerson(overrides);
  const rows = buildEducatorRows(person);
  await insertEducator(db, rows);
  return { person, educatorId: rows.educator.id };
}

export function searchInputOf(person: EducatorInput, lastName = person.lastName) {
  return { firstName: person.firstName, lastName, dateOfBirth: person.dateOfBirth, lastFourSsn: person.ssn.slice(-4) };
}

export async function outboxTo(address: string) {
  const rows = await db.select().from(emailOutbox);
  return rows.filter((row) => row.toAddress === address);
}

export const context = { ip: "203.0.113.7", userAgent: "vitest" };

export const goodPassword = "Quiet-Orchard-Bicycle-47!";

export { solvedCaptcha } from "@/lib/tooling/testing/captcha";
