import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { closeDatabase, installDatabase, openDatabase } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { ensureApplicationTypes } from "@/lib/applications/catalog";
import { adminQuery, templateDatabaseName, withDatabaseName } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates the schema once per run, then every test file clones it: PGlite from a data-dir dump,
 * PostgreSQL with CREATE DATABASE ... TEMPLATE. Two cores cannot afford a migration per file.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = templateDatabaseName();
    await adminQuery(url, `DROP DATABASE IF EXISTS "${template}"`);
    await adminQuery(url, `CREATE DATABASE "${template}"`);
    const handle = openDatabase({ url: withDatabaseName(url, template), poolSize: 1 });
    await migrateDatabase(handle);
    await ensureApplicationTypes(handle.db);
    await handle.close();
    project.provide("postgresTemplate", template);
    project.provide("pgliteTemplate", "");
    console.log(`[tests] PostgreSQL: files clone the migrated template database ${template}`);
    return async () => {
      await adminQuery(url, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    };
  }
  const handle = openDatabase({ pgliteDir: "memory" });
  installDatabase(handle);
  await migrateDatabase(handle);
  await ensureApplicationTypes(handle.db);
  const client = (handle.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("none");
  await closeDatabase();
  const file = path.resolve(".data/test/pglite-template.tar");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  project.provide("postgresTemplate", "");
  console.log("[tests] PGlite: files clone one migrated in-memory template");
}
