import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { announcements } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { bulkInsert } from "./bulk-insert";

provideTestDatabase();

describe("bulkInsert", () => {
  it("stores every column any row sets, not only the first row's", async () => {
    const endsAt = new Date("2031-05-06T12:00:00Z");
    await bulkInsert(db, announcements, [
      { title: "a first row without an end", body: "tab\\there, line\nbreak, back\\\\slash" },
      { title: "a second row with one", body: "José Núñez", endsAt },
    ]);
    const rows = await db.select().from(announcements).orderBy(asc(announcements.title));
    expect(rows.map((row) => [row.title, row.body, row.endsAt])).toEqual([
      ["a first row without an end", "tab\\there, line\nbreak, back\\\\slash", null],
      ["a second row with one", "José Núñez", endsAt],
    ]);
  });
});
