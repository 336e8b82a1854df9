import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseHandle } from "@/lib/platform/db/client";

/**
 * One statement as drizzle sent it; where it sits in the request (its stage, and the data function call,
 * `task`, that sent it: one task's statements run one after another); its transaction, if any; and
 * whether its rows are the page's table.
 */
export type CapturedStatement = { query: string; params: unknown[]; stage: number; task: number; transaction?: number; main?: true };
export type CapturedScenarios = Record<string, CapturedStatement[]>;

/** One call of a portal data function; `main` marks its statements (all, or those matching) as the page's rows. */
export type CaptureTask = { run: () => Promise<unknown>; main?: true | RegExp };
/** Stages run one after another; the tasks of one stage run concurrently in the portal. */
export type CapturePlan = CaptureTask[][];

export type StatementCapture = {
  /** Give it to openDatabase (or provideTestDatabase) as `onQuery`. */
  onQuery(query: string, params: unknown[]): void;
  /** Marks the handle's transactions (drizzle's hook does not see BEGIN and COMMIT). Call once, before capturing. */
  watchTransactions(handle: DatabaseHandle): void;
  /** Calls the plan's tasks on the process's database (installDatabase) and returns what they sent. */
  capture(plan: CapturePlan): Promise<CapturedStatement[]>;
};

/**
 * Records the statements the portal's data functions send when called here as the pages call them.
 * Tasks are called one at a time, even those of one stage, so every statement is known to be its task's.
 */
export function statementCapture(): StatementCapture {
  let sink: ((query: string, params: unknown[]) => void) | null = null;
  let transaction: number | undefined;
  let transactions = 0;

  return {
    onQuery: (query, params) => sink?.(query, params),
    watchTransactions(handle) {
      const begin = handle.db.transaction.bind(handle.db);
      handle.db.transaction = (async (work, config) => {
        transaction = ++transactions;
        try {
          return await begin(work, config);
        } finally {
          transaction = undefined;
        }
      }) as typeof begin;
    },
    async capture(plan) {
      const statements: CapturedStatement[] = [];
      let task = 0;
      for (const [stage, tasks] of plan.entries()) {
        for (const { run, main } of tasks) {
          task += 1;
          sink = (query, params) => {
            const isMain = main === true || (main instanceof RegExp && main.test(query));
            // Through JSON now, as the bare app reads them (dates become ISO strings, as drizzle sends timestamps).
            const sent = JSON.parse(JSON.stringify(params)) as unknown[];
            statements.push({ query, params: sent, stage, task, ...(transaction ? { transaction } : {}), ...(isMain ? { main: true as const } : {}) });
          };
          try {
            await run();
          } finally {
            sink = null;
          }
        }
      }
      return statements;
    },
  };
}

export function writeCapturedStatements(scenarios: CapturedScenarios, file = path.resolve(".data/bench-floor/statements.json")): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(scenarios, null, 2) + "\n");
  return file;
}
