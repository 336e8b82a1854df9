import { describe, expect, it } from "vitest";
import { installDatabase, openDatabase } from "@/lib/platform/db/client";
import { GET } from "./route";

describe("GET /api/health/live", () => {
  it("answers 200 from the process alone, even with the database unreachable", async () => {
    const unreachable = openDatabase({ url: "postgres://nobody@127.0.0.1:9/none" });
    installDatabase(unreachable);
    try {
      const response = GET();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
      expect(response.headers.get("cache-control")).toBe("no-store");
    } finally {
      installDatabase(undefined);
      await unreachable.close();
    }
  });
});
