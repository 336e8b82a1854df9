import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { flagFromEnv } from "@/lib/platform/config/boolean-flag";
import { namingStatements } from "./named-statements";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction has the same query surface as the database. */
export type Executor = Pick<Database, "select" | "selectDistinct" | "insert" | "update" | "delete" | "execute" | "query" | "transaction">;

export type DatabaseHandle = {
  db: Database;
  driver: "pglite" | "postgres";
  /** The postgres.js client behind `db` (PostgreSQL only), for what drizzle cannot say: the seed's COPY. */
  postgres?: postgres.Sql;
  close(): Promise<void>;
};

export type DatabaseLocation = {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory, or "memory" for a throw-away in-memory database. */
  pgliteDir?: string;
  /** A PGlite data-dir dump (see `dumpDataDir`) to start from, used to clone the test template. */
  pgliteDump?: Blob;
  poolSize?: number;
  /**
   * false: no named (server-side prepared) statements at all, for a connection pooler in transaction
   * mode that cannot carry them (PgBouncer before 1.21, or without max_prepared_statements).
   */
  preparedStatements?: boolean;
  /** Sees every statement drizzle sends (the dashboard benchmark counts and explains them). */
  onQuery?: (query: string, params: unknown[]) => void;
};

/**
 * Where this process's database is: DATABASE_URL (a PostgreSQL server) or else PGlite in PGLITE_DIR.
 * Read straight from the environment, not getConfig(), so that `db:migrate` can run as its own
 * deployment step with nothing but the database's address.
 */
export function locationFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  return {
    url: env.DATABASE_URL?.trim() || undefined,
    pgliteDir: env.PGLITE_DIR?.trim() || ".data/pglite",
    poolSize: env.DATABASE_POOL_MAX ? Number(env.DATABASE_POOL_MAX) : undefined,
    preparedStatements: flagFromEnv(env.DATABASE_PREPARED_STATEMENTS, true),
  };
}

export function openDatabase(location: DatabaseLocation): DatabaseHandle {
  if (location.url) {
    const client = postgres(location.url, {
      max: location.poolSize ?? 10,
      onnotice: () => {},
      connection: { application_name: "credentialing-portal" },
      prepare: location.preparedStatements ?? true,
    });
    return {
      db: drizzlePostgres(namingStatements(client), { schema, logger: location.onQuery ? { logQuery: location.onQuery } : undefined }) as unknown as Database,
      driver: "postgres",
      postgres: client,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = location.pgliteDir ?? ".data/pglite";
  const inMemory = dir === "memory" || dir.startsWith("memory://");
  // PGlite does not create parent directories itself.
  if (!inMemory) mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ dir)), { recursive: true });
  const client = new PGlite(inMemory ? "memory://" : dir, {
    extensions: { pg_trgm },
    loadDataDir: location.pgliteDump,
  });
  return {
    db: drizzlePglite(client, { schema, logger: location.onQuery ? { logQuery: location.onQuery } : undefined }) as unknown as Database,
    driver: "pglite",
    close: () => client.close(),
  };
}

const holder = globalThis as typeof globalThis & { __portalDatabase?: DatabaseHandle };

/** This process's database, opened on first use (never at import, so `next build` opens nothing). */
export function getDatabase(): DatabaseHandle {
  holder.__portalDatabase ??= openDatabase(locationFromEnv());
  return holder.__portalDatabase;
}

/** Replaces this process's database (tests install a per-file clone of the migrated template). */
export function installDatabase(handle: DatabaseHandle | undefined): void {
  holder.__portalDatabase = handle;
}

export async function closeDatabase(): Promise<void> {
  const handle = holder.__portalDatabase;
  holder.__portalDatabase = undefined;
  await handle?.close();
}

/**
 * The lazy `db`. A Proxy rather than a getter so call sites read naturally; the getPrototypeOf trap
 * keeps drizzle's `is(db, PgDatabase)` check (used by the Auth.js adapter) working.
 */
export const db: Database = new Proxy({} as Database, {
  get: (_target, property) => {
    const real = getDatabase().db as unknown as Record<PropertyKey, unknown>;
    const value = real[property];
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
  getPrototypeOf: () => Object.getPrototypeOf(getDatabase().db),
});

/** Raw SQL rows from either driver (postgres.js returns an array, PGlite an object with `rows`). */
export async function queryRows<Row>(executor: Pick<Database, "execute">, query: SQL): Promise<Row[]> {
  const result = (await executor.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}
