import { describe, expect, it } from "vitest";
import { parseConfig } from "./env";
import { problemsOf, productionBase } from "@/lib/tooling/testing/config-fixtures";

const productionEnv = productionBase;

describe("operator configuration: SMTP relay, DKIM, retention periods", () => {
  it("EMAIL_TRANSPORT=smtp starts with SMTP_URL and needs no RESEND_API_KEY", () => {
    const config = parseConfig({ ...productionEnv, EMAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://u:p@relay.agency.gov:587" });
    expect(config.EMAIL_TRANSPORT).toBe("smtp");
    expect(config.SMTP_URL).toBe("smtp://u:p@relay.agency.gov:587");
  });

  it("EMAIL_TRANSPORT=smtp without SMTP_URL, or a URL of another scheme, stops the start and says why", () => {
    expect(problemsOf({ ...productionEnv, EMAIL_TRANSPORT: "smtp" })).toContain("SMTP_URL is missing (EMAIL_TRANSPORT is smtp)");
    expect(problemsOf({ ...productionEnv, EMAIL_TRANSPORT: "smtp", SMTP_URL: "https://relay" })).toContain("SMTP_URL must be an smtp:// or smtps:// URL");
  });

  it("DKIM variables come together, and the key may be one line with \\n escapes", () => {
    const smtp = { ...productionEnv, EMAIL_TRANSPORT: "smtp", SMTP_URL: "smtps://relay:465" };
    expect(problemsOf({ ...smtp, DKIM_DOMAIN: "agency.gov" })).toContain("DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together");
    const config = parseConfig({ ...smtp, DKIM_DOMAIN: "agency.gov", DKIM_SELECTOR: "s1", DKIM_PRIVATE_KEY: "-----BEGIN\\nKEY\\n-----END" });
    expect(config.DKIM_PRIVATE_KEY).toBe("-----BEGIN\nKEY\n-----END");
  });

  it("retention periods have documented defaults and accept whole days only", () => {
    const config = parseConfig({ ...productionEnv, RESEND_API_KEY: "re_x" });
    expect(config).toMatchObject({ RETENTION_SENT_EMAIL_DAYS: 30, RETENTION_FAILED_EMAIL_DAYS: 90, RETENTION_EXPIRED_TOKEN_DAYS: 7, RETENTION_AUDIT_DAYS: 2555 });
    expect(parseConfig({ ...productionEnv, RESEND_API_KEY: "re_x", RETENTION_SENT_EMAIL_DAYS: "14" }).RETENTION_SENT_EMAIL_DAYS).toBe(14);
    expect(problemsOf({ ...productionEnv, RESEND_API_KEY: "re_x", RETENTION_AUDIT_DAYS: "0" }).some((p) => p.startsWith("RETENTION_AUDIT_DAYS"))).toBe(true);
  });
});
