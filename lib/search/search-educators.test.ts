import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db, queryRows } from "@/lib/platform/db/client";
import { seedDatabase } from "@/lib/tooling/seed/seed-database";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { findEducatorProfile } from "./educator-profile";
import { searchEducators } from "./search-educators";
import { parseSearchParams, type SearchQuery } from "./search-input";

const testDb = provideTestDatabase();

beforeAll(async () => {
  await seedDatabase(testDb.current().handle, { educators: 900 });
});

function query(params: Record<string, string>): SearchQuery {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error(`not a valid search: ${JSON.stringify(parsed)}`);
  return parsed.query;
}

const namesOf = async (params: Record<string, string>) =>
  (await searchEducators(query(params))).rows.map((row) => `${row.name.firstName} ${row.name.lastName}`);

describe("public search by name", () => {
  it("ignores case, accents, spaces, hyphens and apostrophes", async () => {
    for (const last of ["Núñez", "nunez", "NUNEZ", "nu ñez"]) expect(await namesOf({ last })).toContain("José Núñez");
    for (const last of ["O'Brien-Walsh", "obrien walsh", "OBRIENWALSH", "o brien-walsh"]) {
      expect(await namesOf({ last })).toContain("Kathleen O'Brien-Walsh");
    }
  });

  it("finds a shown former name and lists it; a hidden former name finds nothing", async () => {
    const byMaiden = await searchEducators(query({ last: "Thompson", first: "Sarah" }));
    expect(byMaiden.rows).toEqual([expect.objectContaining({ name: expect.objectContaining({ lastName: "Mitchell" }), formerLastNames: ["Thompson"] })]);
    expect(await namesOf({ last: "Holloway", first: "Rebecca" })).toEqual([]);
    const park = await searchEducators(query({ last: "Park", first: "Rebecca" }));
    expect(park.rows).toEqual([expect.objectContaining({ formerLastNames: [] })]);
  });

  it("puts exact last names before longer ones and matches the first name as a prefix", async () => {
    const names = await namesOf({ last: "Us", first: "e" });
    expect(names).toContain("End User");
    // "Park" is a prefix of "Parker": every exact Park comes before any Parker.
    const results = await searchEducators(query({ last: "Park" }));
    const exact = results.rows.map((row) => [row.name.lastName, ...row.formerLastNames].some((name) => normalizeName(name) === "park"));
    expect(exact).toContain(false);
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
  });

  it("filters by credential status", async () => {
    expect(await namesOf({ last: "User", status: "active" })).not.toContain("End User");
    expect(await namesOf({ last: "User", status: "expired" })).toContain("End User");
  });

  it("finds by certificate number alone and by public educator ID", async () => {
    const byCertificate = await searchEducators(query({ id: "90000012" }));
    expect(byCertificate.rows.map((row) => row.name.lastName)).toEqual(["Mitchell"]);
    const publicId = byCertificate.rows[0]!.publicId;
    const byId = await searchEducators(query({ id: publicId.toLowerCase() }));
    expect(byId.rows.map((row) => row.publicId)).toEqual([publicId]);
    expect(await namesOf({ id: "90000012", last: "Park" })).toEqual([]);
  });

  it("pages 25 at a time and counts every match once", async () => {
    const [common] = await queryRows<{ prefix: string; n: number }>(
      db,
      sql`select left(last_name_norm, 2) as prefix, count(distinct educator_id)::int as n from educator_names
        where kind = 'current' group by 1 order by 2 desc limit 1`,
    );
    expect(common!.n).toBeGreaterThan(25);
    const page1 = await searchEducators(query({ last: common!.prefix }));
    expect(page1.rows).toHaveLength(25);
    expect(page1.total).toBeGreaterThanOrEqual(common!.n);
    const lastPage = Math.ceil(page1.total / 25);
    const seen = new Set<string>();
    for (let page = 1; page <= lastPage; page += 1) {
      const found = await searchEducators(query({ last: common!.prefix, page: String(page) }));
      expect(found.total).toBe(page1.total);
      found.rows.forEach((row) => seen.add(row.publicId));
    }
    expect(seen.size).toBe(page1.total);
  });

  it("an educator's page lists every credential with endorsements and public actions", async () => {
    const [jose] = (await searchEducators(query({ last: "Nunez", first: "Jose" }))).rows;
    const profile = await findEducatorProfile(jose!.publicId);
    expect(profile?.credentials).toEqual([
      expect.objectContaining({ certificateNumber: "90000021", rank: "I", gradeRange: "Primary–12", endorsements: [expect.objectContaining({ name: "English as a Second Language" })] }),
    ]);
    const [margaret] = (await searchEducators(query({ last: "Caldwell", first: "Margaret" }))).rows;
    expect(margaret?.hasPublicAction).toBe(true);
    const withAction = await findEducatorProfile(margaret!.publicId);
    expect(withAction?.actions).toEqual([expect.objectContaining({ actionType: "suspension" })]);
    expect(await findEducatorProfile("0000000000")).toBeNull();
  });
});
