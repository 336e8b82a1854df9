import { NextRequest } from "next/server";
import { getTableConfig } from "drizzle-orm/pg-core";
import { afterEach, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts, users } from "@/lib/platform/db/schema";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { insertPerson } from "@/lib/tooling/testing/factory";
import { buildAuthConfig } from "./config";
import { MICROSOFT_PROVIDER_ID, microsoftProvider } from "./microsoft-provider";
import { sessionRefreshSeconds } from "./session-refresh";

provideTestDatabase();
afterEach(restoreTestEnv);

const microsoftEnv = {
  AUTH_MICROSOFT_ENTRA_ID_ID: "unit-client",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "unit-secret",
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0",
};

describe("the Auth.js configuration (AJS-1, AJS-2, AJS-4, AJS-8, AJS-12, AJS-13)", () => {
  it("AJS-1, AJS-2: JWT sessions set explicitly (the adapter would default to database); maxAge is the idle limit plus the proxy's one-minute refresh window", () => {
    const config = buildAuthConfig();
    expect(config.adapter, "the adapter that would turn the default to database sessions is there").toBeDefined();
    expect(config.session).toEqual({ strategy: "jwt", maxAge: getConfig().SESSION_IDLE_MINUTES * 60 + sessionRefreshSeconds, updateAge: 0 });
    expect(sessionRefreshSeconds).toBe(60);
    expect(config.session!.maxAge).toBeLessThanOrEqual(30 * 60);
  });

  it("AJS-4: links and redirects come from APP_URL: AUTH_URL is set from it, and a forged Host changes no URL Auth.js makes", async () => {
    const original = process.env.AUTH_URL;
    delete process.env.AUTH_URL;
    try {
      buildAuthConfig();
      expect(process.env.AUTH_URL).toBe(getConfig().APP_URL);
      // next-auth's own route handler (app/api/auth/[...nextauth]/route.ts), with a forged Host.
      const { handlers } = await import("./index");
      const forged = new NextRequest("http://evil.example/api/auth/signin", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
      const response = await handlers.GET(forged);
      const location = response.headers.get("location") ?? "";
      expect(location, "Auth.js sends the browser to the portal's sign-in page").toMatch(/^(\/|http:\/\/localhost:3000\/)\?callbackUrl=/);
      const callbackUrl = new URL(location, getConfig().APP_URL).searchParams.get("callbackUrl") ?? "";
      expect(callbackUrl.startsWith(getConfig().APP_URL), callbackUrl).toBe(true);
      expect(location).not.toContain("evil.example");
    } finally {
      if (original === undefined) delete process.env.AUTH_URL;
      else process.env.AUTH_URL = original;
    }
  });

  it("AJS-12, SES-3: over https the cookies get Auth.js's Secure prefixes; over http (development) they do not", () => {
    expect(buildAuthConfig().useSecureCookies).toBe(false);
    useTestEnv({ APP_URL: "https://portal.example.gov" });
    expect(buildAuthConfig().useSecureCookies).toBe(true);
  });

  it("AJS-8: Microsoft asks for openid profile email only, and its profile() reads the id_token alone (no Graph call, no email)", async () => {
    useTestEnv(microsoftEnv);
    // What the portal passes; Auth.js merges these options over the provider's defaults (whose scope adds User.Read).
    const { id, options } = microsoftProvider(getConfig()) as unknown as {
      id: string;
      options: { authorization: { params: { scope: string } }; profile: (claims: Record<string, unknown>, tokens: Record<string, unknown>) => unknown };
    };
    expect(id).toBe(MICROSOFT_PROVIDER_ID);
    expect(options.authorization.params.scope.split(" ").sort()).toEqual(["email", "openid", "profile"]);
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      throw new Error("no network in profile()");
    }) as typeof fetch;
    try {
      const profile = await options.profile({ sub: "subject-1", name: "Pat Example", email: "pat@example.org", oid: "o", tid: "t" }, { access_token: "at" });
      expect(profile).toEqual({ id: "subject-1", name: "Pat Example", email: null, image: null });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched, "profile() made no request (the stock one fetches the photo from Graph)").toEqual([]);
  });

  it("AJS-13, PII-10: emails are stored normalised (the database refuses other forms); accounts are keyed by (provider, providerAccountId) and go with their user", async () => {
    const { educatorId } = await insertPerson();
    const refused = await db
      .insert(users)
      .values({ educatorId, username: "mixed.case.email", email: " Mixed@Example.org" })
      .then(() => null)
      .catch((error: { cause?: { constraint?: string; constraint_name?: string } }) => error.cause?.constraint ?? error.cause?.constraint_name ?? "refused");
    expect(refused).toBe("users_email_normalised");
    const accountTable = getTableConfig(accounts);
    expect(accountTable.primaryKeys.map((key) => key.columns.map((column) => column.name).sort())).toEqual([["provider", "provider_account_id"]]);
    const toUser = accountTable.foreignKeys.find((key) => key.reference().foreignTable === users);
    expect(toUser?.onDelete).toBe("cascade");
  });
});
