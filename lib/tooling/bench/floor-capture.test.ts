import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertPerson, insertTestAccount } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { statementCapture, type CapturedScenarios } from "./floor-capture";
import { captureScenarios, floorScenarios } from "./floor-scenarios";

// The bench's capture, on this run's test database (PGlite unless DATABASE_URL is set): the portal's
// own data functions, called as each scenario's page calls them, with drizzle's hook watching.
const capture = statementCapture();
const testDb = provideTestDatabase({ onQuery: capture.onQuery });
let captured: CapturedScenarios;

beforeAll(async () => {
  useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_IP: "1000/900" });
  capture.watchTransactions(testDb.current().handle);
  const { publicId } = await insertPerson({ lastName: "Smith" });
  const { userId } = await insertTestAccount();
  captured = await captureScenarios(capture, floorScenarios, { publicId, userId, captcha: await solvedCaptcha("account-search") });
});

afterAll(restoreTestEnv);

describe("the bench's statement capture", () => {
  it("captures at least one statement, and the page's main one, for every scenario that asks the database", () => {
    const asking = floorScenarios.filter((scenario) => scenario.plan).map((scenario) => scenario.id);
    expect(Object.keys(captured).sort()).toEqual([...asking].sort());
    for (const id of asking) {
      expect(captured[id]!.length, id).toBeGreaterThanOrEqual(1);
      expect(captured[id]!.filter((statement) => statement.main).length, `${id}: main statements`).toBeGreaterThanOrEqual(1);
    }
  });

  it("keeps the order the portal runs them in: the public search's throttle, then the search", () => {
    const [throttle, search] = captured["search-common"]!;
    expect(throttle).toMatchObject({ stage: 0, task: 1 });
    expect(throttle!.query).toMatch(/^insert into "rate_limit_counters"/);
    expect(search).toMatchObject({ stage: 1, task: 2, main: true });
  });

  it("gives the dashboard its session check, then its concurrent stages, as dashboard-page-queries.ts lists them", () => {
    const dashboard = captured.dashboard!;
    expect(dashboard.filter((statement) => statement.stage === 0).map((statement) => statement.query)).toEqual([
      expect.stringMatching(/select "session_version", "disabled_at" from "users"/),
    ]);
    expect(new Set(dashboard.map((statement) => statement.stage))).toEqual(new Set([0, 1, 2]));
    // The top bar and the greeting share one read of the account's row.
    expect(dashboard.filter((statement) => /"email_verified_at"/.test(statement.query))).toHaveLength(1);
    expect(dashboard.find((statement) => statement.main)!.query).toMatch(/from "users" inner join "credentials"/);
  });

  it("marks the account search's transaction, and replays nothing that must be unique (a search that finds nothing)", () => {
    const search = captured["account-search"]!;
    const inTransaction = search.filter((statement) => statement.transaction !== undefined);
    expect(inTransaction.length).toBeGreaterThanOrEqual(1);
    expect(inTransaction.at(-1)!.query).toMatch(/^insert into "audit_events"/);
    expect(search.find((statement) => statement.main)!.query).toMatch(/"educator_names"\."first_name"/);
    expect(search.some((statement) => /registration_claims/.test(statement.query))).toBe(false);
    expect(new Set(search.map((statement) => statement.task)).size).toBe(1);
  });
});
