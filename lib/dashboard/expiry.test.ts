import { describe, expect, it } from "vitest";
import { isExpiringSoon } from "./expiry";
import { agencyQuickLinks } from "./quick-links";

describe("isExpiringSoon", () => {
  it("is true for active credentials expiring today through 90 days from today", () => {
    expect(isExpiringSoon("active", "2026-11-29", "2026-11-29")).toBe(true);
    expect(isExpiringSoon("active", "2027-02-27", "2026-11-29")).toBe(true);
    expect(isExpiringSoon("active", "2027-02-28", "2026-11-29")).toBe(false);
    expect(isExpiringSoon("active", "2026-11-28", "2026-11-29")).toBe(false);
    expect(isExpiringSoon("active", null, "2026-11-29")).toBe(false);
    expect(isExpiringSoon("suspended", "2026-12-01", "2026-11-29")).toBe(false);
  });
});

describe("agencyQuickLinks", () => {
  it("reads Label|URL entries and ignores anything that is not an http(s) link", () => {
    expect(agencyQuickLinks("Certification rules|https://agency.example/rules; Bad|javascript:alert(1);Half|;|https://x.example")).toEqual([
      { label: "Certification rules", href: "https://agency.example/rules", external: true },
    ]);
    expect(agencyQuickLinks("")).toEqual([]);
  });
});
