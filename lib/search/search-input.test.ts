import { describe, expect, it } from "vitest";
import { parseBulkCsv } from "./bulk-csv";
import { bulkResultsCsv, csvCell } from "./bulk-csv-output";
import { parseSearchParams, searchHref } from "./search-input";

describe("search form input", () => {
  it("shows an empty form until something is searched", () => {
    expect(parseSearchParams({}).state).toBe("empty");
  });

  it("normalises names and requires 2 letters of a last name unless an identifier is given", () => {
    const parsed = parseSearchParams({ last: " O'Brien-Walsh ", first: "Kath", status: "active" });
    expect(parsed).toMatchObject({ state: "valid", query: { lastPrefix: "obrienwalsh", firstPrefix: "kath", status: "active", page: 1 } });
    expect(parseSearchParams({ last: "", id: "" })).toMatchObject({ state: "invalid", errors: { last: expect.any(String) } });
    expect(parseSearchParams({ last: "O'" })).toMatchObject({ state: "invalid", errors: { last: "Enter at least 2 letters of the last name" } });
    expect(parseSearchParams({ id: "90000012" })).toMatchObject({ state: "valid", query: { lastPrefix: null, certificateNumbers: ["90000012"] } });
    expect(parseSearchParams({ id: "b0btr4817g" })).toMatchObject({ state: "valid", query: { publicId: "B0BTR4817G" } });
  });

  it("refuses an SSN in the identifier field and does not keep it", () => {
    const parsed = parseSearchParams({ id: "987-65-4321" });
    expect(parsed.state).toBe("invalid");
    expect(parsed.values.id).toBe("");
    expect(JSON.stringify(parsed)).not.toContain("4321");
  });

  it("reports every problem at once, and bounds the page", () => {
    const parsed = parseSearchParams({ last: "x", first: "--", status: "deleted", page: "41" });
    expect(parsed.state === "invalid" && Object.keys(parsed.errors).sort()).toEqual(["first", "last", "page", "status"]);
    expect(searchHref({ last: "Núñez", first: "", id: "", status: "active" }, 3)).toBe("/search?last=N%C3%BA%C3%B1ez&status=active&page=3");
  });
});

describe("bulk verification CSV", () => {
  it("reads one identifier per row, with or without a header, naming each row by its line", () => {
    const parsed = parseBulkCsv("\uFEFFName,Certificate Number\nAda,90000012\n\nBo,987654321\n");
    expect(parsed).toMatchObject({ ok: true, entries: [{ row: 2, input: "90000012" }, { row: 4, input: "", identifier: { kind: "ssn" } }] });
    expect(parseBulkCsv("90000012\n90000021")).toMatchObject({ ok: true, entries: [{ row: 1 }, { row: 2 }] });
  });

  it("refuses empty, oversized and binary files with a message", () => {
    expect(parseBulkCsv("certificate_number\n")).toEqual({ ok: false, error: "The file has no certificate numbers or educator IDs" });
    expect(parseBulkCsv(Array.from({ length: 501 }, (_, i) => `${i + 1}`).join("\n"))).toMatchObject({ ok: false, error: expect.stringContaining("501 rows") });
    expect(parseBulkCsv("PK\u0003\u0004\u0000\u0000")).toMatchObject({ ok: false, error: expect.stringContaining("must be a CSV file") });
    expect(parseBulkCsv('"unclosed\n90000012')).toMatchObject({ ok: false, error: expect.stringContaining("could not be read as CSV") });
  });

  it("writes cells a spreadsheet cannot run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell("O'Brien-Walsh, Kathleen")).toBe(`"O'Brien-Walsh, Kathleen"`);
    const csv = bulkResultsCsv([{ row: 2, input: "@SUM(1)", outcome: "not-found", credentials: [] }]);
    expect(csv.split("\r\n")[1]).toBe("2,'@SUM(1),Not found,,,,,,,,");
  });
});
