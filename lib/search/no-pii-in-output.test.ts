import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as downloadBulkCsv } from "@/app/(public)/search/bulk/download/route";
import { EducatorProfileView } from "@/components/search/educator-profile-view";
import { ResultsSection } from "@/components/search/results-section";
import { demoAccounts } from "@/lib/tooling/seed/demo-accounts";
import { demoPeople, type DemoPerson } from "@/lib/tooling/seed/demo-people";
import { seedDatabase } from "@/lib/tooling/seed/seed-database";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { toEntry } from "./bulk-csv";
import { verifyBulk } from "./bulk-verify";
import { downloadPayload } from "./bulk-state";
import { findEducatorProfile } from "./educator-profile";
import { searchEducators } from "./search-educators";
import { parseSearchParams } from "./search-input";

// RL-13 and licensure-domain.md §5: no date of birth and no SSN digit of anyone, on any public output.
const testDb = provideTestDatabase();
const everyone: DemoPerson[] = [...demoPeople, ...demoAccounts.map((account) => account.person)];

beforeAll(async () => {
  await seedDatabase(testDb.current().handle, { educators: 30 });
});

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Every way a page could spell this person's DOB or SSN, or part of the SSN that identifies them. */
function forbiddenFragments(person: DemoPerson): RegExp[] {
  const [year, month, day] = person.dateOfBirth.split("-");
  const m = Number(month);
  const d = Number(day);
  const ssn = person.ssn;
  return [
    new RegExp(person.dateOfBirth),
    new RegExp(`\\b0?${m}/0?${d}/${year}\\b`),
    new RegExp(`${months[m - 1]}\\s+${d},?\\s+${year}`),
    new RegExp(`${months[m - 1]!.slice(0, 3)}\\s+${d},?\\s+${year}`),
    new RegExp(ssn),
    new RegExp(`${ssn.slice(0, 3)}\\D{0,3}${ssn.slice(3, 5)}\\D{0,3}${ssn.slice(5)}`),
    new RegExp(`\\*{3}-\\*{2}-${ssn.slice(5)}`),
    new RegExp(`(?<![0-9A-Z])${ssn.slice(5)}(?![0-9A-Z])`),
  ];
}

function expectClean(output: string, where: string) {
  for (const person of everyone) {
    for (const fragment of forbiddenFragments(person)) {
      expect(fragment.test(output), `${where} shows ${fragment} of ${person.key}`).toBe(false);
    }
  }
  expect(output).not.toMatch(/date_?of_?birth|ssn/i);
}

function search(params: Record<string, string>) {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error("invalid search");
  return { values: parsed.values, query: parsed.query };
}

describe("no date of birth or SSN digit in public output", () => {
  it("results pages for every demo person, by current and former name", async () => {
    for (const person of everyone) {
      for (const last of [person.lastName, ...(person.formerLastNames ?? [])]) {
        const { values, query } = search({ last });
        const results = await searchEducators(query);
        const html = renderToStaticMarkup(createElement(ResultsSection, { results, values }));
        if (person.showFormerNames !== false || last === person.lastName) expect(html).toContain(person.firstName);
        expectClean(html + JSON.stringify(results), `results for ${last}`);
      }
    }
  });

  it("every demo person's educator page", async () => {
    let checked = 0;
    const withCredentials = everyone.filter((person) => person.credentials.length > 0);
    expect(withCredentials.length).toBeGreaterThan(5);
    for (const person of everyone) {
      const [row] = (await searchEducators(search({ id: person.credentials[0]?.certificateNumber ?? "none" }).query)).rows;
      if (!row) {
        // An account holder with no credentials is not findable by certificate; anyone else must be.
        expect(person.credentials, `${person.key} has a certificate but was not found`).toHaveLength(0);
        continue;
      }
      checked += 1;
      const profile = (await findEducatorProfile(row.publicId))!;
      const verification = { date: "January 2, 2030", time: "9:15 AM EST", iso: "2030-01-02T14:15:00.000Z", pageUrl: `http://localhost:3000/search/${row.publicId}` };
      const html = renderToStaticMarkup(createElement(EducatorProfileView, { profile, verification }));
      expect(html).toContain(person.lastName.replace(/'/g, "&#x27;"));
      expectClean(html + JSON.stringify(profile), `${person.key}'s page`);
    }
    expect(checked, "every person with a certificate had their page checked").toBe(withCredentials.length);
  });

  it("the bulk CSV download for every demo certificate, and an SSN uploaded by mistake", async () => {
    const values = everyone.flatMap((person) => person.credentials.map((credential) => credential.certificateNumber));
    values.push(...everyone.map((person) => person.ssn), "987-65-4321");
    const results = await verifyBulk(values.map((value, index) => toEntry(index + 1, value)));
    expect(results.filter((result) => result.outcome === "found").length).toBeGreaterThan(10);
    const form = new FormData();
    form.set("entries", downloadPayload(results));
    const response = await downloadBulkCsv(new Request("http://localhost:3000/search/bulk/download", { method: "POST", body: form, headers: { "x-forwarded-for": "203.0.113.5" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain("Sarah Elizabeth Mitchell");
    expectClean(csv, "the bulk CSV");
  });
});
