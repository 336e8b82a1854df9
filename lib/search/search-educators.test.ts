import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/lib/db/seed/seed-database";
import { provideTestDatabase } from "@/lib/testing/database";
import { findEducatorProfile } from "./educator-profile";
import { searchEducators } from "./search-educators";
import { parseSearchParams, type SearchQuery } from "./search-input";

const testDb = provideTestDatabase();

beforeAll(async () => {
  await seedDatabase(testDb.current().handle, { educators: 300 });
});

function query(params: Record<string, string>): SearchQuery {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error(`not a valid search: ${JSON.stringify(parsed)}`);
  return parsed.query;
}

const namesOf = async (params: Record<string, string>) =>
  (await searchEducators(db, query(params))).rows.map((row) => `${row.name.firstName} ${row.name.lastName}`);

describe("public search by name", () => {
  it("ignores case, accents, spaces, hyphens and apostrophes", async () => {
    for (const last of ["Núñez", "nunez", "NUNEZ", "nu ñez"]) expect(await namesOf({ last })).toContain("José Núñez");
    for (const last of ["O'Brien-Walsh", "obrien walsh", "OBRIENWALSH", "o brien-walsh"]) {
      expect(await namesOf({ last })).toContain("Kathleen O'Brien-Walsh");
    }
  });

  it("finds a shown former name and lists it; a hidden former name finds nothing", async () => {
    const byMaiden = await searchEducators(db, query({ last: "Thompson", first: "Sarah" }));
    expect(byMaiden.rows).toEqual([expect.objectContaining({ name: expect.objectContaining({ lastName: "Mitchell" }), formerLastNames: ["Thompson"] })]);
    expect(await namesOf({ last: "Holloway", first: "Rebecca" })).toEqual([]);
    const park = await searchEducators(db, query({ last: "Park", first: "Rebecca" }));
    expect(park.rows).toEqual([expect.objectContaining({ formerLastNames: [] })]);
  });

  it("puts exact last names before longer ones and matches the first name as a prefix", async () => {
    const names = await namesOf({ last: "Us", first: "e" });
    expect(names).toContain("End User");
    const results = await searchEducators(db, query({ last: "Mitch" }));
    const lasts = results.rows.map((row) => row.name.lastName.toLowerCase());
    expect(lasts).toEqual([...lasts].sort());
  });

  it("filters by credential status", async () => {
    expect(await namesOf({ last: "User", status: "active" })).not.toContain("End User");
    expect(await namesOf({ last: "User", status: "expired" })).toContain("End User");
  });

  it("finds by certificate number alone and by public educator ID", async () => {
    const byCertificate = await searchEducators(db, query({ id: "90000012" }));
    expect(byCertificate.rows.map((row) => row.name.lastName)).toEqual(["Mitchell"]);
    const publicId = byCertificate.rows[0]!.publicId;
    const byId = await searchEducators(db, query({ id: publicId.toLowerCase() }));
    expect(byId.rows.map((row) => row.publicId)).toEqual([publicId]);
    expect(await namesOf({ id: "90000012", last: "Park" })).toEqual([]);
  });

  it("pages 25 at a time and counts every match once", async () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    let best = { prefix: "", total: 0 };
    for (const a of letters) {
      const found = await searchEducators(db, query({ last: `${a}a` }));
      if (found.total > best.total) best = { prefix: `${a}a`, total: found.total };
    }
    const page1 = await searchEducators(db, query({ last: best.prefix }));
    expect(page1.rows.length).toBe(Math.min(25, best.total));
    if (best.total > 25) {
      const page2 = await searchEducators(db, query({ last: best.prefix, page: "2" }));
      expect(page2.rows.map((row) => row.publicId)).not.toContain(page1.rows[0]!.publicId);
      expect(page2.total).toBe(page1.total);
    }
  });

  it("an educator's page lists every credential with endorsements and public actions", async () => {
    const [jose] = (await searchEducators(db, query({ last: "Nunez", first: "Jose" }))).rows;
    const profile = await findEducatorProfile(db, jose!.publicId);
    expect(profile?.credentials).toEqual([
      expect.objectContaining({ certificateNumber: "90000021", rank: "I", gradeRange: "Primary–12", endorsements: [expect.objectContaining({ name: "English as a Second Language" })] }),
    ]);
    const [margaret] = (await searchEducators(db, query({ last: "Caldwell", first: "Margaret" }))).rows;
    expect(margaret?.hasPublicAction).toBe(true);
    const withAction = await findEducatorProfile(db, margaret!.publicId);
    expect(withAction?.actions).toEqual([expect.objectContaining({ actionType: "suspension" })]);
    expect(await findEducatorProfile(db, "0000000000")).toBeNull();
  });
});
