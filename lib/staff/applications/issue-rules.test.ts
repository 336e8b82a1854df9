import { describe, expect, it } from "vitest";
import { issueRuleFor, newCertificateDates, rankEarnedBy, renewedExpiration } from "./issue-rules";

describe("what approval issues, per application type (issue 15 item 2)", () => {
  it("each seeded type has its rule; an unknown type issues nothing", () => {
    expect(["initial", "add-area", "emergency", "renewal", "rank-change", "duplicate", "later-type"].map(issueRuleFor)).toEqual(["new", "new", "new", "renew", "rank", "none", "none"]);
  });

  it("a renewal runs from the current expiration (renewing early loses no time); an expired certificate runs from today", () => {
    expect(renewedExpiration("2027-01-15", 5, "2026-12-01")).toBe("2032-01-15");
    expect(renewedExpiration("2026-12-01", 5, "2026-12-01")).toBe("2031-12-01");
    expect(renewedExpiration("2026-06-30", 5, "2026-12-01")).toBe("2031-12-01");
    expect(renewedExpiration("2027-01-15", 1, "2026-12-01")).toBe("2028-01-15");
    expect(renewedExpiration(null, null, "2026-12-01")).toBe("2031-12-01");
  });

  it("a new certificate is effective today and expires after its type's validity, or never (emeritus)", () => {
    expect(newCertificateDates(5, "2028-02-29")).toEqual({ effectiveDate: "2028-02-29", expirationDate: "2033-03-01" });
    expect(newCertificateDates(null, "2026-12-01")).toEqual({ effectiveDate: "2026-12-01", expirationDate: null });
  });

  it("Kentucky's ranks: a master's earns Rank II; Rank I hours or National Board earn Rank I", () => {
    expect([rankEarnedBy("masters"), rankEarnedBy("rank-one-hours"), rankEarnedBy("national-board"), rankEarnedBy(undefined)]).toEqual(["II", "I", "I", null]);
  });
});
