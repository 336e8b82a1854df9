import { describe, expect, it } from "vitest";
import { checkSsn, lastFourOf, maskSsn, normalizeSsn } from "./ssn";

const production = { allowTestArea: false };
const demo = { allowTestArea: true };

describe("normalizeSsn (PII-4)", () => {
  it("accepts the usual ways of writing an SSN and returns nine digits", () => {
    for (const form of ["123-45-6789", "123456789", "123 45 6789", " 123-45-6789 ", "123-456789", "12345-6789"]) {
      expect(normalizeSsn(form), form).toBe("123456789");
    }
  });

  it("refuses anything that is not nine digits in those shapes", () => {
    for (const form of ["12345678", "1234567890", "123-45-678a", "123.45.6789", "123--45-6789", "", "١٢٣٤٥٦٧٨٩", "１２３４５６７８９"]) {
      expect(normalizeSsn(form), form).toBeNull();
    }
  });
});

describe("checkSsn: never-issued numbers (PII-8)", () => {
  it("accepts an ordinary number", () => {
    expect(checkSsn("123-45-6789", production)).toEqual({ ssn: "123456789" });
  });

  it.each([
    ["area 000", "000-12-3456"],
    ["area 666", "666-12-3456"],
    ["group 00", "123-00-4567"],
    ["serial 0000", "123-45-0000"],
  ])("rejects %s even where test numbers are allowed", (_label, ssn) => {
    expect(checkSsn(ssn, production)).toEqual({ problem: "never-issued" });
    expect(checkSsn(ssn, demo)).toEqual({ problem: "never-issued" });
  });

  it("rejects area 900-999 in production and accepts it for demo and test people", () => {
    for (const ssn of ["900-12-3456", "987-65-4321", "999-99-9999"]) {
      expect(checkSsn(ssn, production), ssn).toEqual({ problem: "never-issued" });
      expect(checkSsn(ssn, demo), ssn).toEqual({ ssn: ssn.replace(/-/g, "") });
    }
    expect(checkSsn("899-12-3456", production)).toEqual({ ssn: "899123456" });
  });

  it("rejects a test-area number that is also invalid for another reason", () => {
    expect(checkSsn("987-00-4321", demo)).toEqual({ problem: "never-issued" });
    expect(checkSsn("987-65-0000", demo)).toEqual({ problem: "never-issued" });
  });

  it("reports a badly shaped number as a format problem", () => {
    expect(checkSsn("12-345-6789", demo)).toEqual({ problem: "format" });
  });
});

describe("masking (PII-7)", () => {
  it("shows only the last four digits", () => {
    expect(maskSsn("4321")).toBe("***-**-4321");
    expect(maskSsn(lastFourOf("987654321"))).toBe("***-**-4321");
  });

  it("never shows more than four digits, even when handed a whole SSN", () => {
    expect(maskSsn("987654321")).toBe("***-**-4321");
    expect(maskSsn("987-65-4321")).toBe("***-**-4321");
  });
});
