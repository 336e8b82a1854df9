import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase, installDatabase, openDatabase } from "@/lib/platform/db/client";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { GET } from "./route";

const testDb = provideTestDatabase();

// Opening a PGlite clone is lazy: its first query also boots the WASM engine, which on a busy CI
// machine can take longer than the health check's 3-second deadline. Boot it first.
beforeAll(async () => {
  await testDb.current().handle.db.execute(sql`select 1`);
});

describe("GET /api/health", () => {
  it("answers 200 after a real database round trip", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503, saying nothing more, when the database is unreachable", async () => {
    const unreachable = openDatabase({ url: "postgres://nobody@127.0.0.1:9/none" });
    installDatabase(unreachable);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable" });
    } finally {
      await unreachable.close();
      installDatabase(testDb.current().handle);
    }
    expect(getDatabase()).toBe(testDb.current().handle);
  });
});
