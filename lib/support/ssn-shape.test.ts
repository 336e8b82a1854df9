import { describe, expect, it } from "vitest";
import { containsSsnShape, redactSsnShapes } from "./ssn-shape";

describe("containsSsnShape (PII-9)", () => {
  it("finds nine digits with or without dashes and spaces, anywhere in the text", () => {
    for (const text of [
      "My SSN is 123-45-6789, please help",
      "123456789",
      "ssn:987 65 4321.",
      "mixed 987-65 4321 separators",
      "full-width ９８７-６５-４３２１",
      "on its own line\n987654321\nthanks",
      "SSN-987-65-4321",
    ]) {
      expect(containsSsnShape(text), text).toBe(true);
    }
  });

  it("leaves other numbers alone: phone numbers, certificate numbers, dates, longer runs", () => {
    for (const text of [
      "Call me at (502) 555-0142",
      "502-555-0142",
      "Certificate 90000101",
      "Born 03/01/1947",
      "Card 1234567890123",
      "Last four 4321",
      "Zip 40601-1234",
      "Phone 1-502-555-0142",
    ]) {
      expect(containsSsnShape(text), text).toBe(false);
    }
  });
});

describe("redactSsnShapes", () => {
  it("replaces each SSN shape and keeps the rest of the text", () => {
    expect(redactSsnShapes("mine is 987-65-4321 and 987654321, call 502-555-0142")).toBe(
      "mine is [removed] and [removed], call 502-555-0142",
    );
  });
});
