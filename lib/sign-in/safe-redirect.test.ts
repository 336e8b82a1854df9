import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("redirects after sign-in stay on the site (AJS-11)", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/profile?tab=contact#phone")).toBe("/profile?tab=contact#phone");
  });

  it("falls back for absolute, protocol-relative, backslashed and odd values", () => {
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "", null, 42]) {
      expect(safeRedirectPath(value)).toBe("/dashboard");
    }
  });
});
