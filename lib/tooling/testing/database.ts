import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, installDatabase, openDatabase, type DatabaseHandle } from "@/lib/platform/db/client";
import { adminQuery, withDatabaseName } from "./postgres-admin";

export type TestDatabase = {
  handle: DatabaseHandle;
  /** Set on PostgreSQL: lets race tests open further, separate connections to this file's database. */
  url?: string;
};

/**
 * Gives the calling test file its own migrated database (a clone of the run's template) and installs
 * it as the app's `db` for the file's duration. Use at the top of a test file: `const testDb = provideTestDatabase()`.
 * `onQuery` sees every statement drizzle sends (tests that compare the work of two code paths).
 */
export function provideTestDatabase(options: { onQuery?: (query: string, params: unknown[]) => void } = {}): { current(): TestDatabase } {
  let current: TestDatabase | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const serverUrl = process.env.DATABASE_URL;
    const template = inject("postgresTemplate");
    if (serverUrl && template) {
      const name = `portal_test_${randomBytes(6).toString("hex")}`;
      await createFromTemplate(serverUrl, name, template);
      const url = withDatabaseName(serverUrl, name);
      current = { handle: openDatabase({ url, poolSize: 5, onQuery: options.onQuery }), url };
      dropDatabase = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      const dump = new Blob([readFileSync(inject("pgliteTemplate"))]);
      current = { handle: openDatabase({ pgliteDir: "memory", pgliteDump: dump, onQuery: options.onQuery }) };
    }
    installDatabase(current.handle);
  });

  afterAll(async () => {
    await closeDatabase();
    await dropDatabase?.();
  });

  return {
    current() {
      if (!current) throw new Error("provideTestDatabase(): the database is ready only inside tests and hooks");
      return current;
    },
  };
}

/** Concurrent CREATE DATABASE from one template can briefly collide; retry a few times. */
async function createFromTemplate(serverUrl: string, name: string, template: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if (attempt >= 10 || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
