import { describe, expect, it } from "vitest";
import { kentuckyCredentialTypes } from "@/lib/credentials/credential-types";
import { emptyLineValues, type RecordLineValues } from "./csv-columns";
import { createLineParser, type LineRules } from "./parse-record-line";
import { parseCsvDate } from "./record-fields";

const rules: LineRules = {
  typeCodes: new Set(kentuckyCredentialTypes.map((type) => type.code)),
  allowTestSsns: true,
  today: "2026-06-01",
};
const parse = createLineParser(rules);

function line(values: Partial<RecordLineValues>): RecordLineValues {
  return { ...emptyLineValues(), first_name: "Ada", last_name: "Lovelace", date_of_birth: "12/10/1975", ssn: "912-34-5678", ...values };
}

function reasons(values: Partial<RecordLineValues>, parser = parse): string[] {
  const result = parser(line(values));
  return "reasons" in result ? result.reasons : [];
}

const credential = {
  credential_type: "prof-hs",
  certificate_number: "LEG-1",
  status: "Active",
  effective_date: "2020-07-01",
  expiration_date: "06/30/2025",
};

describe("validating one line", () => {
  it("REG-4: email_on_file is optional, normalised like an account's address, and a bad one rejects the line without quoting it", () => {
    const good = parse(line({ email_on_file: "  Ada.Lovelace@Example.ORG " }));
    expect("line" in good && good.line.person.emailOnFile).toBe("ada.lovelace@example.org");
    const empty = parse(line({ email_on_file: "" }));
    expect("line" in empty && empty.line.person.emailOnFile).toBeNull();
    for (const bad of ["not-an-email", "ada@", "ada lovelace@example.org", `${"a".repeat(250)}@example.org`]) {
      const found = reasons({ email_on_file: bad });
      expect(found, bad).toEqual(["email_on_file is not an email address (name@example.org)"]);
    }
  });

  it("turns a person-and-credential line into normalised values", () => {
    const result = parse(line({ ...credential, middle_name: " Augusta ", former_last_names: "Byron; King;", rank: "rank ii", ssn: "912345678" }));
    expect(result).toEqual({
      line: {
        person: {
          firstName: "Ada",
          middleName: "Augusta",
          lastName: "Lovelace",
          suffix: null,
          formerLastNames: ["Byron", "King"],
          dateOfBirth: "1975-12-10",
          ssn: "912345678",
          showFormerNames: true,
          emailOnFile: null,
        },
        credential: {
          typeCode: "PROF-HS",
          certificateNumber: "LEG-1",
          area: null,
          gradeRange: null,
          rank: "II",
          status: "active",
          effectiveDate: "2020-07-01",
          expirationDate: "2025-06-30",
        },
      },
    });
  });

  it("accepts only real dates in the two documented forms", () => {
    expect(parseCsvDate("2/29/2024")).toBe("2024-02-29");
    expect(parseCsvDate("02/29/2023")).toBeNull();
    expect(parseCsvDate("2023-13-01")).toBeNull();
    expect(parseCsvDate("29.02.2024")).toBeNull();
  });

  it("wants a date of birth in the past, of someone old enough to teach", () => {
    expect(reasons({ date_of_birth: "2030-01-01" })).toEqual(["date_of_birth is less than 16 years ago"]);
    expect(reasons({ date_of_birth: "02/30/1980" })).toEqual(["date_of_birth is not a real date in MM/DD/YYYY or YYYY-MM-DD form"]);
    expect(reasons({ date_of_birth: "1850-01-01" })).toEqual(["date_of_birth is before 1900"]);
  });

  it("checks the SSN by the SSA's rules, and the 900-999 area only where test SSNs are allowed", () => {
    expect(reasons({ ssn: "12-345-6789" })).toEqual(["ssn is not nine digits (123-45-6789 or 123456789)"]);
    expect(reasons({ ssn: "000-12-3456" })).toEqual(["ssn is not a number the SSA issues"]);
    expect(reasons({ ssn: "" })).toEqual(["ssn is missing"]);
    const production = createLineParser({ ...rules, allowTestSsns: false });
    expect(reasons({ ssn: "912-34-5678" }, production)).toEqual(["ssn is not a number the SSA issues"]);
  });

  it("wants names made of name characters", () => {
    expect(reasons({ first_name: "" })).toEqual(["first_name is missing"]);
    expect(reasons({ last_name: "O'Brien-Smith", first_name: "José" })).toEqual([]);
    expect(reasons({ last_name: "Robert'); DROP TABLE" })).toEqual([expect.stringMatching(/^last_name has characters/)]);
    expect(reasons({ former_last_names: "Byron;12345" })).toEqual([expect.stringMatching(/^former_last_names has characters/)]);
  });

  it("treats the credential columns as all or nothing", () => {
    expect(reasons({ area: "Mathematics" })).toEqual([
      "credential_type is missing",
      "certificate_number is missing",
      "status is missing",
      "effective_date is missing",
    ]);
    expect(reasons({ ...credential, credential_type: "NOPE" })).toEqual(["credential_type is not a known credential type code"]);
    expect(reasons({ ...credential, status: "lapsed", rank: "IV" })).toEqual([
      "rank must be I, II or III",
      "status must be one of active, expired, suspended, revoked, surrendered",
    ]);
    expect(reasons({ ...credential, expiration_date: "2019-01-01" })).toEqual(["expiration_date is before effective_date"]);
  });

  it("reports every problem of a line at once and never quotes a value", () => {
    const found = reasons({ ssn: "987-65-43", date_of_birth: "13/45/1980", ...credential, certificate_number: "" });
    expect(found).toHaveLength(3);
    expect(found.join(" ")).not.toMatch(/987-65-43|13\/45\/1980/);
  });
});
