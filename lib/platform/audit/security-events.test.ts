import { eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import { db } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";
import { attemptSignIn } from "@/lib/sign-in/attempt-sign-in";
import { createTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";

provideTestDatabase();

const password = "Correct-Horse-Battery-91!";

describe("security events and errors (LOG-1, LOG-3)", () => {
  it("LOG-1: sign-in successes and failures are recorded with user id, IP, user agent, UTC time and outcome; never the username or email", async () => {
    const user = await createTestAccount("Log.One.Person", password);
    const request = { ip: "198.51.100.77", userAgent: "Mozilla/5.0 (LOG-1 test)" };
    const before = Date.now();
    await attemptSignIn({ username: "log.one.person", password: "Wrong-Password-Entirely-1", ...request });
    await attemptSignIn({ username: "log.one.person", password, ...request });
    await attemptSignIn({ username: "nobody.by.this.name", password, ...request });

    const rows = await db.select().from(auditEvents).where(eq(auditEvents.event, "sign-in"));
    const mine = rows.filter((row) => row.userId === user.id);
    expect(mine.map((row) => row.outcome).sort()).toEqual(["failure", "success"]);
    expect(rows.filter((row) => row.userId === null).map((row) => row.outcome), "an unknown username is recorded too, without a user").toEqual(["failure"]);
    for (const row of rows) {
      expect(row).toMatchObject({ ip: request.ip, userAgent: request.userAgent });
      // A timestamptz: an absolute instant, shown in UTC by toISOString, within this test's run.
      expect(row.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(row.occurredAt.toISOString()).toMatch(/Z$/);
    }
    const text = JSON.stringify(rows).toLowerCase();
    for (const secret of ["log.one.person", user.email.toLowerCase(), "nobody.by.this.name", password.toLowerCase()]) expect(text).not.toContain(secret);
  });

  it("LOG-3: the error page a person sees is generic: no message, stack trace, SQL or token; only the digest support can look up", () => {
    const error = Object.assign(new Error('relation "users" violates constraint; token=abc123secret; at Object.<anonymous> (/app/lib/x.ts:1:1)'), { digest: "1234567890" });
    const html = renderToStaticMarkup(createElement(ErrorPage, { error, reset: () => {} }));
    expect(html).toContain("Something went wrong");
    expect(html).toContain("1234567890");
    for (const leak of ["relation", "violates", "abc123secret", "lib/x.ts", "at Object", error.name]) expect(html).not.toContain(leak);
  });
});
