import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/platform/config/env";
import { createLogger, formatLogLine, log, redirectLogs } from "./log";
import { FILTERED, redactFields, serializeError } from "./redact-fields";

describe("redactFields (allow-list)", () => {
  it("keeps allow-listed keys and filters every other value", () => {
    const userId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(
      redactFields({ event: "sign-in", outcome: "failure", userId, status: 401, durationMs: 12, limiter: "sign-in-ip",
        password: "Violet-Harbor-Lantern-58!", ssn: "987-65-4321", dateOfBirth: "03/01/1947", token: "abc", email: "a@b.org" }),
    ).toEqual({ event: "sign-in", outcome: "failure", userId, status: 401, durationMs: 12, limiter: "sign-in-ip",
      password: FILTERED, ssn: FILTERED, dateOfBirth: FILTERED, token: FILTERED, email: FILTERED });
  });

  it("still masks SSN-, date- and email-shaped content and query strings inside allowed values", () => {
    expect(
      redactFields({ reason: "duplicate 987-65-4321 born 1947-03-01 for a@b.org", url: "https://x.test/reset?token=abc#t",
        route: "/register/create?token=abc", count: 987654321 }),
    ).toEqual({ reason: "duplicate [SSN] born [DATE] for [EMAIL]", url: "https://x.test/reset", route: "/register/create",
      count: FILTERED });
  });

  it("applies the same rules to nested objects and arrays, and scrubs unknown key names", () => {
    expect(redactFields({ problems: ["a@b.org", { keyId: "k1", secret: "x" }], "987-65-4321": 1 })).toEqual({
      problems: ["[EMAIL]", { keyId: "k1", secret: FILTERED }],
      "[SSN]": FILTERED,
    });
  });

  it("serialises errors as name, scrubbed message and stack", () => {
    const error = Object.assign(new TypeError("no record for 987-65-4321"), { digest: "42" });
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({ name: "TypeError", message: "no record for [SSN]", digest: "42" });
    expect(serialized.stack).toContain("TypeError: no record for [SSN]");
    expect(redactFields({ error })).toEqual({ error: serialized });
  });
});

describe("the JSON line", () => {
  it("is one line with UTC time, level and event first, and fields cannot overwrite them", () => {
    const line = formatLogLine("warn", "rate-limit.triggered", { limiter: "x", level: "debug", time: "then" });
    expect(line).not.toContain("\n");
    const entry = JSON.parse(line);
    expect(Object.keys(entry).slice(0, 3)).toEqual(["time", "level", "event"]);
    expect(entry).toMatchObject({ level: "warn", event: "rate-limit.triggered", limiter: "x" });
    expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe("levels", () => {
  const originalAppUrl = process.env.APP_URL;
  afterEach(() => {
    process.env.APP_URL = originalAppUrl;
    resetConfig();
    redirectLogs();
  });

  it("follow LOG_LEVEL from the configuration", () => {
    const lines: string[] = [];
    const logger = createLogger({ sink: (line) => lines.push(line) });
    logger.info("quiet"); // the test configuration sets LOG_LEVEL=error
    logger.error("loud");
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(["loud"]);
  });

  it("fall back to info while the configuration is invalid, instead of throwing", () => {
    process.env.APP_URL = "ftp://not-a-portal";
    resetConfig();
    const lines: string[] = [];
    const logger = createLogger({ sink: (line) => lines.push(line) });
    logger.debug("hidden");
    logger.info("shown");
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(["shown"]);
  });

  it("can be redirected for the shared logger", () => {
    const lines: string[] = [];
    redirectLogs({ sink: (line) => lines.push(line), level: "debug" });
    log.debug("captured", { count: 1 });
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ level: "debug", event: "captured", count: 1 });
  });
});
