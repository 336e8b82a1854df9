import "server-only";
import type { Table } from "drizzle-orm";
import {
  credentials,
  disciplinaryActions,
  educatorNames,
  educators,
  endorsements,
  notifications,
  passwordHashes,
  testScores,
  users,
} from "@/lib/platform/db/schema";
import { columnsSetBy } from "./bulk-insert";
import { copyLines } from "./copy-text";
import type { SeedBatch } from "./seed-batch";

/** The tables a seed batch writes, each parent before its children: the order the rows go in. */
export const batchTables = [
  ["educators", educators],
  ["names", educatorNames],
  ["credentials", credentials],
  ["endorsements", endorsements],
  ["actions", disciplinaryActions],
  ["testScores", testScores],
  ["users", users],
  ["passwordHashes", passwordHashes],
  ["notifications", notifications],
] as const satisfies readonly (readonly [keyof SeedBatch, Table])[];

export type BatchField = (typeof batchTables)[number][0];

/** One table's rows of a batch as COPY text: the Drizzle keys of its columns, in the order of the lines. */
export type EncodedTable = { field: BatchField; keys: string[]; rows: number; text: Uint8Array };

/** `buildSeconds`: the thread time spent building and encoding it (the seed reports where its time goes). */
export type EncodedBatch = { tables: EncodedTable[]; buildSeconds: number };

const encoder = new TextEncoder();

/** A built batch as COPY text, table by table (tables without rows left out). */
export function encodeBatch(batch: SeedBatch): Omit<EncodedBatch, "buildSeconds"> {
  const tables: EncodedTable[] = [];
  for (const [field, table] of batchTables) {
    const rows = batch[field] as object[];
    if (rows.length === 0) continue;
    const keys = columnsSetBy(table as Table, rows).map(([key]) => key);
    tables.push({ field, keys, rows: rows.length, text: encoder.encode(copyLines(rows, keys)) });
  }
  return { tables };
}
