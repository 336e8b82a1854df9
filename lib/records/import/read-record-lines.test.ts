import { describe, expect, it } from "vitest";
import { ImportFileError, readRecordLines } from "./read-record-lines";

const header = "first_name,last_name,date_of_birth,ssn";

function refusal(input: Buffer | string): string[] {
  try {
    readRecordLines(input);
  } catch (error) {
    if (error instanceof ImportFileError) return error.problems;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("reading the CSV file", () => {
  it("strips a byte-order mark and matches headers ignoring case, spaces and hyphens", () => {
    const lines = readRecordLines(`\uFEFFFirst Name,LAST_NAME,date-of-birth, SSN \nAda,Byron,12/10/1975,912-34-5678\n`);
    expect(lines).toEqual([
      { line: 2, values: expect.objectContaining({ first_name: "Ada", last_name: "Byron", date_of_birth: "12/10/1975", ssn: "912-34-5678", area: "" }) },
    ]);
  });

  it("numbers lines as an editor does: blank lines, CRLF and quoted line breaks counted", () => {
    for (const eol of ["\n", "\r\n"]) {
      const text = [header, "A,One,1/1/1970,912-34-5678", "", "   ", `"B${eol}B",Two,1/1/1970,912-34-5679`, "C,Three,1/1/1970,912-34-5670"].join(eol);
      expect(readRecordLines(text).map((entry) => entry.line)).toEqual([2, 5, 7]);
    }
  });

  it("reports a line with the wrong number of fields as that line's problem, not the file's", () => {
    const lines = readRecordLines(`${header}\nA,One,1/1/1970\nB,Two,1/1/1970,912-34-5678\n`);
    expect(lines[0]).toEqual({ line: 2, problem: "the line has 3 fields; the header has 4" });
    expect(lines[1]).toMatchObject({ line: 3 });
  });

  it("refuses unknown, duplicated and missing columns, naming each", () => {
    const problems = refusal("first_name,last_name,dob,ssn,ssn\nA,B,C,D,E\n");
    expect(problems).toContain('unknown column "dob"');
    expect(problems).toContain('column "ssn" appears more than once');
    expect(problems).toContain('required column "date_of_birth" is missing');
  });

  it("refuses an empty file, a file that is not UTF-8 and a file that is not CSV, without quoting it", () => {
    expect(refusal("")).toEqual(["the file is empty (it needs a header row)"]);
    expect(refusal(Buffer.from(`${header}\nJos\xe9,Ruiz,1/1/1970,912-34-5678\n`, "latin1"))[0]).toMatch(/not UTF-8/);
    const problems = refusal(`${header}\nAda,"Byron,12/10/1975,912-34-5678\n`);
    expect(problems[0]).toMatch(/quoted field is never closed/);
    expect(problems.join(" ")).not.toContain("912-34-5678");
  });
});
