import { describe, expect, it } from "vitest";
import { holdsPersonalData, maskPersonalData, scrubText, scrubUrl, stripQueryStrings } from "./sensitive-text";

describe("scrubUrl", () => {
  it("drops the query string and fragment of absolute URLs and paths", () => {
    expect(scrubUrl("http://localhost:3000/register/create?token=abc123secrettoken&step=2")).toBe(
      "http://localhost:3000/register/create",
    );
    expect(scrubUrl("/reset-password?token=abc#done")).toBe("/reset-password");
    expect(scrubUrl("/confirm-email#token=abc")).toBe("/confirm-email");
    expect(scrubUrl("/search/KY-123")).toBe("/search/KY-123");
    expect(scrubUrl("?token=abc")).toBe("");
  });
});

describe("stripQueryStrings", () => {
  it("cuts query strings from URLs inside text and leaves ordinary question marks", () => {
    expect(stripQueryStrings("fetch GET https://api.example.com/v1/x?key=secret failed")).toBe(
      "fetch GET https://api.example.com/v1/x failed",
    );
    expect(stripQueryStrings("POST /register/create?token=abc")).toBe("POST /register/create");
    expect(stripQueryStrings("?token=abc&step=2")).toBe("");
    expect(stripQueryStrings("Is this you? Yes")).toBe("Is this you? Yes");
  });
});

describe("maskPersonalData", () => {
  it("masks SSNs with and without dashes or spaces", () => {
    expect(maskPersonalData("ssn 987-65-4321")).toBe("ssn [SSN]");
    expect(maskPersonalData("ssn=987654321;")).toBe("ssn=[SSN];");
    expect(maskPersonalData("987 65 4321")).toBe("[SSN]");
  });

  it("masks US and ISO dates and email addresses", () => {
    expect(maskPersonalData("born 03/01/1947")).toBe("born [DATE]");
    expect(maskPersonalData("born 3-1-47")).toBe("born [DATE]");
    expect(maskPersonalData("born 1947-03-01")).toBe("born [DATE]");
    expect(maskPersonalData("to End.User+ky@example.org now")).toBe("to [EMAIL] now");
  });

  it("leaves ordinary numbers, IP addresses, timestamps and internal identifiers alone", () => {
    const untouched = [
      "status 503 after 1250 ms",
      "from 10.0.0.12",
      "1764339472000",
      "call 502-564-4606",
      "0f8fad5b-d9cb-469f-a165-70867728950e",
      "a123456789bcdef0a123456789bcdef0",
    ];
    for (const text of untouched) expect(maskPersonalData(text)).toBe(text);
  });
});

describe("scrubText and holdsPersonalData", () => {
  it("strip the query string before masking what is left", () => {
    expect(scrubText("GET /x?ssn=987-65-4321 for 987-65-4321")).toBe("GET /x for [SSN]");
    expect(holdsPersonalData("/register/create?token=abc")).toBe(true);
    expect(holdsPersonalData("/register/create")).toBe(false);
  });
});
