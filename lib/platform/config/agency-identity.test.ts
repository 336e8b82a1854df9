import { describe, expect, it } from "vitest";
import { parseConfig } from "./env";
import { problemsOf, productionBase } from "@/lib/tooling/testing/config-fixtures";

// A production configuration that starts (productionBase names another agency) with a working transport.
const production = { ...productionBase, EMAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://relay.example.org:587" } as const;

const kentucky = {
  AGENCY_NAME: "Kentucky Department of Education",
  SUPPORT_EMAIL: "support@kecs.randasolutions.com",
  EMAIL_FROM: "Kentucky Department of Education <no-reply@kecs.education.ky.gov>",
  SUPPORT_PHONE: "(877) 314-1412",
};

describe("production refuses the built-in agency's identity unless it is that agency (issue 12 item 8)", () => {
  it("starts with another agency's own names and contacts", () => {
    expect(parseConfig(production).APP_URL).toBe("https://portal.example.org");
  });

  it("requires AGENCY_NAME: the built-in agency's name is no default in production", () => {
    expect(problemsOf({ ...production, AGENCY_NAME: undefined })).toEqual([expect.stringMatching(/^AGENCY_NAME is missing/)]);
  });

  it("refuses Kentucky's phone, support address and sender for another agency, however they are written", () => {
    const problems = problemsOf({ ...production, SUPPORT_PHONE: "877.314.1412", SUPPORT_EMAIL: "Support@KECS.randasolutions.com", EMAIL_FROM: "Portal <no-reply@education.ky.gov>" });
    expect(problems.sort()).toEqual([
      expect.stringMatching(/^EMAIL_FROM is the built-in agency's/),
      expect.stringMatching(/^SUPPORT_EMAIL is the built-in agency's/),
      expect.stringMatching(/^SUPPORT_PHONE is the built-in agency's/),
    ]);
  });

  it("names every branding variable left to Kentucky's default, and never a value", () => {
    const problems = problemsOf({ ...production, STATE_NAME: undefined, POLICY_EMAIL: "KDElicensure@education.ky.gov", PORTAL_SHORT_NAME: "KECS" });
    expect(problems).toEqual([
      expect.stringMatching(/^PORTAL_SHORT_NAME is the built-in agency's/),
      expect.stringMatching(/^STATE_NAME is missing/),
      expect.stringMatching(/^POLICY_EMAIL is the built-in agency's/),
    ]);
    expect(problems.join("\n")).not.toMatch(/KECS|KDElicensure|Kentucky/);
  });

  it("lets Kentucky itself run on its own details, and a demonstration site keep them", () => {
    const bare = { ...production, AGENCY_LOGO_TOP: undefined, PORTAL_NAME: undefined, PORTAL_SHORT_NAME: undefined, STATE_NAME: undefined,
      TECHNICAL_SUPPORT_EMAIL: undefined, POLICY_EMAIL: undefined, COPYRIGHT_HOLDER: undefined };
    expect(parseConfig({ ...bare, ...kentucky }).SUPPORT_EMAIL).toBe(kentucky.SUPPORT_EMAIL);
    expect(parseConfig({ ...bare, ...kentucky, AGENCY_NAME: undefined, DEMO_MODE: "true" }).DEMO_MODE).toBe(true);
  });
});
