import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, openDatabase } from "@/lib/platform/db/client";
import { credentials, credentialTypes, educatorNames, educators } from "@/lib/platform/db/schema";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { findEducatorIdsBySsn, insertEducator, searchRecords } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { importRecords } from "./import-records";
import { csvOf, importScenario } from "./import-scenario";
import { ssnConflict } from "./plan-line";

const testDb = provideTestDatabase();

const digits = (ssn: string) => ssn.replace(/-/g, "");

async function tableCounts() {
  const [people] = await db.select({ n: count() }).from(educators);
  const [names] = await db.select({ n: count() }).from(educatorNames);
  const [held] = await db.select({ n: count() }).from(credentials);
  const [types] = await db.select({ n: count() }).from(credentialTypes);
  return { people: people?.n, names: names?.n, credentials: held?.n, types: types?.n };
}

describe("records:import", () => {
  it("dry run writes nothing and reports exactly what the real run then does", async () => {
    const scenario = importScenario("923");
    const before = await tableCounts();
    const dry = await importRecords(db, scenario.text, { dryRun: true });
    expect(await tableCounts()).toEqual(before);
    expect(dry).toMatchObject({ dryRun: true, ...scenario.expected });

    const real = await importRecords(db, scenario.text);
    expect(real).toEqual({ ...dry, dryRun: false });
    expect(await findEducatorIdsBySsn(db, digits(scenario.ssn.ada))).toHaveLength(1);
  });

  it("imports the good lines, findable by the account search, and reports the bad ones by line", async () => {
    const scenario = importScenario("912");
    const report = await importRecords(db, scenario.text);
    expect(report).toMatchObject(scenario.expected);
    expect(report.rejects.map((reject) => reject.line)).toEqual(scenario.rejectedLines);
    const reasonsOf = (line: number) => report.rejects.find((reject) => reject.line === line)?.reasons;
    expect(reasonsOf(5)).toEqual([
      "date_of_birth is not a real date in MM/DD/YYYY or YYYY-MM-DD form",
      "ssn is not nine digits (123-45-6789 or 123456789)",
    ]);
    expect(reasonsOf(6)).toEqual(["credential_type is not a known credential type code"]);
    expect(reasonsOf(7)).toEqual(["certificate_number is already on another educator's record"]);
    expect(reasonsOf(8)).toEqual([ssnConflict]);
    expect(reasonsOf(11)).toEqual(["the line has 3 fields; the header has 16"]);

    const ada = { firstName: "Ada", dateOfBirth: "1975-12-10", ssnLastFour: scenario.ssn.ada.slice(-4) };
    const found = { firstName: "Ada", lastName: "Lovelace-Byron", middleName: "Augusta", hasAccount: false };
    expect(await searchRecords(db, { ...ada, lastName: "Lovelace-Byron" })).toEqual([expect.objectContaining(found)]);
    expect(await searchRecords(db, { ...ada, lastName: "lovelace byron" })).toEqual([expect.objectContaining(found)]);
    // Found by her former last name, shown by her current one.
    expect(await searchRecords(db, { ...ada, lastName: "KING" })).toEqual([expect.objectContaining(found)]);
    expect(await searchRecords(db, { lastName: "Hopper", firstName: "Grace", dateOfBirth: "1966-12-09", ssnLastFour: scenario.ssn.grace.slice(-4) })).toHaveLength(1);

    const [adaId] = await findEducatorIdsBySsn(db, digits(scenario.ssn.ada));
    const held = await db.select({ number: credentials.certificateNumber }).from(credentials).where(eq(credentials.educatorId, adaId!));
    expect(held.map((row) => row.number).sort()).toEqual([scenario.cert(1), scenario.cert(2)]);
    const [grace] = await db.select().from(educators).where(inArray(educators.id, await findEducatorIdsBySsn(db, digits(scenario.ssn.grace))));
    expect(grace).toMatchObject({ source: "legacy_import", showFormerNames: false, dateOfBirth: "1966-12-09" });

    // Nothing half-written: people whose credential was bad were not created either.
    for (const ssn of scenario.rejectedPeople) expect(await findEducatorIdsBySsn(db, digits(ssn))).toEqual([]);
  });

  it("re-importing the same file changes nothing and says so", async () => {
    const scenario = importScenario("934");
    const first = await importRecords(db, scenario.text);
    const after = await tableCounts();
    const second = await importRecords(db, scenario.text);
    expect(await tableCounts()).toEqual(after);
    expect(second).toEqual({
      ...first,
      peopleCreated: 0,
      peopleMatched: 2,
      credentialsCreated: 0,
      credentialsAlreadyPresent: first.credentialsCreated + first.credentialsAlreadyPresent,
    });
  });

  it("matches people already on file by SSN, date of birth and a current or former name", async () => {
    const existing = buildEducatorRows({
      firstName: "Marie",
      lastName: "Curie",
      formerNames: [{ lastName: "Skłodowska" }],
      dateOfBirth: "1967-11-07",
      ssn: "967111111",
      source: "seed",
    });
    await insertEducator(db, existing);
    const report = await importRecords(
      db,
      csvOf(
        /* 2 */ "marie,,Sklodowska,,,11/07/1967,967-11-1111,,PROF-HS,967-2001,Chemistry,8–12,I,active,2020-07-01,2025-06-30",
        /* 3 */ "Marie,,Curie,,,11/08/1967,967-11-1111,,,,,,,,,",
        /* 4 */ "Pierre,,Curie,,,11/07/1967,967-11-1111,,,,,,,,,",
        /* 5 */ "Marie,,Curie,,,11/07/1967,967-11-1111,,PROF-HS,967-2001,Chemistry,8–12,I,expired,2020-07-01,2025-06-30",
        /* 6 */ "Marie,,Curie,,,1967-11-07,967111111,,,,,,,,,",
      ),
    );
    expect(report).toMatchObject({ peopleCreated: 0, peopleMatched: 1, credentialsCreated: 1, linesRejected: 3 });
    expect(report.rejects).toEqual([
      { line: 3, reasons: [ssnConflict] },
      { line: 4, reasons: [ssnConflict] },
      { line: 5, reasons: [expect.stringMatching(/^certificate_number is already on this record with different details/)] },
    ]);
    const [held] = await db.select().from(credentials).where(eq(credentials.certificateNumber, "967-2001"));
    expect(held).toMatchObject({ educatorId: existing.educator.id, status: "active" });
  });

  it("two imports of one file at once create each person and credential once", async () => {
    const scenario = importScenario("956");
    // On PostgreSQL the second import gets its own connections, so the two really race.
    const url = testDb.current().url;
    const other = url ? openDatabase({ url, poolSize: 2 }) : null;
    try {
      const reports = await Promise.all([importRecords(db, scenario.text), importRecords(other?.db ?? db, scenario.text)]);
      const sum = (field: "peopleCreated" | "credentialsCreated") => reports.reduce((total, report) => total + report[field], 0);
      expect(sum("peopleCreated")).toBe(scenario.expected.peopleCreated);
      expect(sum("credentialsCreated")).toBe(scenario.expected.credentialsCreated);
      for (const report of reports) expect(report.rejects.map((reject) => reject.line)).toEqual(scenario.rejectedLines);
      expect(await findEducatorIdsBySsn(db, digits(scenario.ssn.ada))).toHaveLength(1);
    } finally {
      await other?.close();
    }
  });

  it("REG-4: stores email_on_file on a new record, and rejects a line whose address is not one", async () => {
    const report = await importRecords(
      db,
      [
        "first_name,last_name,date_of_birth,ssn,email_on_file",
        /* 2 */ "Lise,Meitner,11/07/1958,978-11-2201, Lise.Meitner@Example.org ",
        /* 3 */ "Otto,Hahn,03/08/1959,978-11-2202,otto.hahn",
        /* 4 */ "Max,Born,12/11/1962,978-11-2203,",
      ].join("\n"),
    );
    expect(report).toMatchObject({ peopleCreated: 2, linesRejected: 1 });
    expect(report.rejects).toEqual([{ line: 3, reasons: ["email_on_file is not an email address (name@example.org)"] }]);
    const stored = async (ssn: string) => {
      const [row] = await db.select({ email: educators.emailOnFile }).from(educators).where(inArray(educators.id, await findEducatorIdsBySsn(db, ssn)));
      return row?.email;
    };
    expect(await stored("978112201")).toBe("lise.meitner@example.org");
    expect(await stored("978112203")).toBeNull();
    expect(await findEducatorIdsBySsn(db, "978112202")).toEqual([]);
  });
});
