import { describe, expect, it } from "vitest";
import { recordAudit, type AuditEntry } from "@/lib/platform/audit/audit-log";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { deviceFromUserAgent } from "./device";
import { SECURITY_EVENTS_SHOWN, securityEventsFor } from "./security-events";

provideTestDatabase();

const agents = {
  chromeWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  edgeWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  safariIphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  chromeIphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
  firefoxMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:132.0) Gecko/20100101 Firefox/132.0",
  safariMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  samsungAndroid: "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
  chromebook: "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
};

describe("approximate device from the user agent", () => {
  it.each([
    [agents.chromeWindows, "Chrome on Windows"],
    [agents.edgeWindows, "Edge on Windows"],
    [agents.safariIphone, "Safari on iPhone"],
    [agents.chromeIphone, "Chrome on iPhone"],
    [agents.firefoxMac, "Firefox on macOS"],
    [agents.safariMac, "Safari on macOS"],
    [agents.samsungAndroid, "Samsung Internet on Android"],
    [agents.chromebook, "Chrome on ChromeOS"],
    [agents.firefoxLinux, "Firefox on Linux"],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36", "Chrome on Linux"],
    ["curl/8.5.0", "Unknown device"],
    ["", "Unknown device"],
    [null, "Unknown device"],
  ])("%s → %s", (userAgent, device) => {
    expect(deviceFromUserAgent(userAgent)).toBe(device);
  });
});

describe("the profile's security events", () => {
  it("lists known security events in plain words, newest first, in agency time, and leaves the rest out", async () => {
    const account = await insertTestAccount();
    const other = await insertTestAccount();
    const at = (iso: string) => setClock(new Date(iso));
    at("2026-07-01T16:00:00Z");
    await recordAudit({ event: "sign-in", outcome: "success", userId: account.userId, request: { ip: null, userAgent: agents.chromeWindows } });
    at("2026-07-01T16:01:00Z");
    await recordAudit({ event: "profile.contact_updated", outcome: "success", userId: account.userId });
    await recordAudit({ event: "something.new", outcome: "success", userId: account.userId });
    await recordAudit({ event: "sign-in", outcome: "info", userId: account.userId });
    await recordAudit({ event: "sign-in", outcome: "success", userId: other.userId });
    at("2026-12-01T17:30:00Z");
    await recordAudit({ event: "password.change", outcome: "success", userId: account.userId, request: { ip: null, userAgent: agents.safariIphone } });
    at("2026-12-01T17:31:00Z");
    await recordAudit({ event: "sign-in", outcome: "failure", userId: account.userId, details: { failures: 1 } });
    setClock(undefined);

    const events = await securityEventsFor(account.userId);
    expect(events.map(({ when, what, device }) => ({ when, what, device }))).toEqual([
      { when: "Dec 1, 2026, 12:31 PM EST", what: "Failed sign-in (wrong password)", device: "Unknown device" },
      { when: "Dec 1, 2026, 12:30 PM EST", what: "Password changed", device: "Safari on iPhone" },
      { when: "Jul 1, 2026, 12:00 PM EDT", what: "Signed in", device: "Chrome on Windows" },
    ]);
  });

  it("names the second factor's events (MFA-8): turned on and off, new recovery codes, codes at sign-in", async () => {
    const account = await insertTestAccount();
    const steps: [string, AuditEntry["outcome"]][] = [
      ["second-factor.authenticator-added", "success"],
      ["sign-in.second-factor", "failure"],
      ["sign-in.second-factor", "success"],
      ["second-factor.recovery-codes-renewed", "success"],
      ["second-factor.setup-started", "info"],
      ["second-factor.authenticator-removed", "success"],
    ];
    for (const [minute, [event, outcome]] of steps.entries()) {
      setClock(new Date(Date.UTC(2026, 10, 29, 15, minute)));
      await recordAudit({ event, outcome, userId: account.userId });
    }
    setClock(undefined);
    expect((await securityEventsFor(account.userId)).map((event) => event.what)).toEqual([
      "Two-step sign-in turned off",
      "New recovery codes made",
      "Security code accepted",
      "Wrong security code",
      "Two-step sign-in turned on",
    ]);
  });

  it("names the passkey and removal events (MFA-10, MFA-12)", async () => {
    const account = await insertTestAccount();
    const steps: [string, AuditEntry["outcome"]][] = [
      ["second-factor.passkey-added", "success"],
      ["second-factor.passkey-renamed", "success"],
      ["second-factor.passkey-setup-started", "info"],
      ["second-factor.passkey-removed", "success"],
      ["second-factor.removal-scheduled", "info"],
      ["second-factor.removal-cancelled", "success"],
    ];
    for (const [minute, [event, outcome]] of steps.entries()) {
      setClock(new Date(Date.UTC(2026, 10, 29, 16, minute)));
      await recordAudit({ event, outcome, userId: account.userId });
    }
    setClock(undefined);
    expect((await securityEventsFor(account.userId)).map((event) => event.what)).toEqual([
      "Removal of two-step sign-in cancelled",
      "Removal of two-step sign-in requested (24-hour wait)",
      "Passkey removed",
      "Passkey renamed",
      "Passkey added",
    ]);
  });

  it(`shows the latest ${SECURITY_EVENTS_SHOWN}, counting only the events it shows`, async () => {
    const account = await insertTestAccount();
    for (let minute = 0; minute < 30; minute += 1) {
      setClock(new Date(Date.UTC(2026, 10, 29, 12, minute)));
      await recordAudit({ event: "sign-in", outcome: "success", userId: account.userId });
      await recordAudit({ event: "notifications.marked_read", outcome: "success", userId: account.userId });
    }
    setClock(undefined);
    const events = await securityEventsFor(account.userId);
    expect(events).toHaveLength(SECURITY_EVENTS_SHOWN);
    expect(events[0]!.at).toBe("2026-11-29T12:29:00.000Z");
    expect(events.at(-1)!.at).toBe("2026-11-29T12:10:00.000Z");
  });
});
